"""Qt-side glue: the agent's tick feeds samples to the core and applies the actions it returns.

Nothing here decides policy; that is `guardian.core.engine`'s job.
"""
