"""Process lifetime helpers shared by the test servers."""
import os
import sys
import threading


def exit_on_stdin_eof() -> None:
    """Exit the whole process (without cleanup) once stdin hits end of file: the Swift test process
    that started this server has gone away."""
    def watch() -> None:
        try:
            while os.read(sys.stdin.fileno(), 4096):
                pass
        except OSError:
            pass
        os._exit(0)
    threading.Thread(target=watch, name="stdin-eof", daemon=True).start()
