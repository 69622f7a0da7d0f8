"""Guardian's store: a SQLite file in the data home, typed models, Alembic migrations.

Open it with `database.open_store(path)`, work in `with store.session() as s:` and pass the
session to the functions in `repositories`. The agent that does everything itself opens it with
`lite.open_lite_store`, whose records are the same over the `sqlite3` module, without SQLAlchemy
(issue 9). Importing this package imports neither; core code never imports it.
"""
