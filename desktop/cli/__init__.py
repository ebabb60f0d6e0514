"""The command line: every core operation, scriptable, without Qt."""
