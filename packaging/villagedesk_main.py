"""The packaged program's entry point: the same `villagedesk` as the
installed command (desktop.launcher)."""

import multiprocessing
import sys

from desktop.launcher import main

if __name__ == "__main__":
    # A frozen Windows program re-runs itself for child processes.
    multiprocessing.freeze_support()
    sys.exit(main())
