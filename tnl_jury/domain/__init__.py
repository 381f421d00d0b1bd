"""Pure-Python domain: the grid, its rules and the value types shared by every layer.

Nothing here touches a database, a file format other than the grid's TOML, or Qt.
"""
