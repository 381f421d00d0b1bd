"""The scoring screen (issue #4) and its companions.

``screen`` (the side-by-side screen), ``criteria_panel`` (the right half: criteria, scale
steps, comments, proposed level), ``dossier_view`` (the left half: answers and attachments),
``attachment_viewer``, ``member_chooser``, ``undo``, ``saver`` (ordered background writes),
``dossier_list``, ``progress_panel`` and ``status``. The comparison view and paper sheets live
in ``comparison*`` modules; the screen calls ``comparison.open_comparison(window, dossier_id)``
when that module exists.
"""
