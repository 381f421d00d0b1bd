"""Services: the operations the GUI and the CLI call.

Each write service opens one transaction on the jury file, checks the domain rules, records an
audit event and returns plain frozen dataclasses (never ORM objects), so that callers never hold
a database session. Nothing here imports Qt.
"""
