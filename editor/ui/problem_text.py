"""Why a file cannot be read or written, in the user's language (through Qt's translator).

Core is Qt-free and says its problems in English, with a code (`FileProblem.code`), an
OSError behind it, or who holds a lock. The window shows the sentence made here from those
codes and values; a problem this module does not know keeps core's English message.
"""

from __future__ import annotations

import errno
import json
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from editor.core.errors import FileProblem
from editor.core.fileio import OutputError, backup_path
from editor.core.locking import LockInfo
from editor.core.pipeline import Notice
from editor.core.project import ProjectError
from editor.core.reading import MAX_BYTES

# Why an edition's text file cannot be read: one sentence per InputError code.
_INPUT: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP(
        "FileProblem",
        "The file is empty (or holds only whitespace); choose the edition's text file.",
    ),
    "binary": QT_TRANSLATE_NOOP(
        "FileProblem",
        "This is not a text file (a PDF, a Word document, an image or an archive?); "
        "export the edition as plain text first.",
    ),
    "nul": QT_TRANSLATE_NOOP(
        "FileProblem",
        "The text holds NUL bytes, so it is binary or a damaged file; save it again as "
        "plain text (UTF-8).",
    ),
    "encoding": QT_TRANSLATE_NOOP(
        "FileProblem",
        "The encoding of this file is not recognised; save it as UTF-8 (or GB18030) text "
        "and try again.",
    ),
    "directory": QT_TRANSLATE_NOOP(
        "FileProblem", "This is a folder, not a file; choose the edition's text file."
    ),
    "not-a-file": QT_TRANSLATE_NOOP(
        "FileProblem", "This is a device, not a file; choose the edition's text file."
    ),
    "too-large": QT_TRANSLATE_NOOP(
        "FileProblem",
        "The file is larger than the %1 MB an edition can be; split it into page files.",
    ),
    "missing": QT_TRANSLATE_NOOP("FileProblem", "There is no such file; check the path."),
}

# Why a project file cannot be opened: one sentence per ProjectError code.
_PROJECT: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP(
        "FileProblem",
        "This is not a Layout Assistant project file; open an edition's text file or a "
        ".layout.json project.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "FileProblem",
        "This project was saved by a newer version of Layout Assistant; update the "
        "program to open it.",
    ),
    "invalid": QT_TRANSLATE_NOOP("FileProblem", "The project file is damaged."),
    "missing-key": QT_TRANSLATE_NOOP("FileProblem", "The project file is damaged or incomplete."),
    "corrupt": QT_TRANSLATE_NOOP("FileProblem", "The project file is damaged."),
    "directory": QT_TRANSLATE_NOOP("FileProblem", "This is a folder, not a project file."),
    "missing": QT_TRANSLATE_NOOP("FileProblem", "There is no such project file; check the path."),
}

# The reasons core gives for an output it cannot write that are not the system's own, by
# OutputError.code.
_OUTPUT_REASONS: dict[str, str] = {
    "folder": QT_TRANSLATE_NOOP("FileProblem", "it is a folder"),
    "not_file": QT_TRANSLATE_NOOP("FileProblem", "it is not a regular file"),
    "outside": QT_TRANSLATE_NOOP("FileProblem", "it leads outside the folder"),
    "in_the_way": QT_TRANSLATE_NOOP("FileProblem", "a file of that name is in the way"),
    "source": QT_TRANSLATE_NOOP(
        "FileProblem", "the edition was read from this file, and the export would replace it"
    ),
}

# The system's reasons an editor meets, in the system's English words (what strerror says
# on Linux, so the English window reads as before); any other keeps the system's own words.
_OS_REASONS: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("FileProblem", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("FileProblem", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileProblem", "Operation not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileProblem", "No space left on device"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileProblem", "Disk quota exceeded"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileProblem", "Read-only file system"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileProblem", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileProblem", "Not a directory"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileProblem", "File name too long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("FileProblem", "Device or resource busy"),
    errno.EIO: QT_TRANSLATE_NOOP("FileProblem", "Input/output error"),
}


def _translated(text: str) -> str:
    """A text of the NOOP-marked tables above (lupdate read them there) in the user's language."""
    return QCoreApplication.translate("FileProblem", text)


def os_reason(error: BaseException | None) -> str:
    """Why the system refused (an OSError), in a few words; "" when it is no OSError."""
    if not isinstance(error, OSError):
        return ""
    known = _OS_REASONS.get(error.errno or 0)
    return _translated(known) if known else error.strerror or str(error)


def local_time(moment: str) -> str:
    """An ISO 8601 time, as locks and recovery files record it (in UTC, also when it names
    no zone), in the user's time zone; the text itself (or "?") when it is no time."""
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment or "?"
    return parsed.replace(tzinfo=parsed.tzinfo or UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def lock_holder(info: LockInfo) -> str:
    """Who holds a project: user, computer, process and since when (in local time). A lock
    that cannot be read names no one: its holder is said to be unknown."""
    user = info.user or QCoreApplication.translate("FileProblem", "an unknown user")
    host = info.host or QCoreApplication.translate("FileProblem", "an unknown computer")
    when = local_time(info.time) if info.since() else \
        QCoreApplication.translate("FileProblem", "an unknown time")
    if not info.pid:
        return QCoreApplication.translate("FileProblem", "%1 on %2 since %3") \
            .replace("%1", user).replace("%2", host).replace("%3", when)
    return (
        QCoreApplication.translate("FileProblem", "%1 on %2 (process %3) since %4")
        .replace("%1", user)
        .replace("%2", host)
        .replace("%3", str(info.pid))
        .replace("%4", when)
    )


def problem_text(error: BaseException) -> str:
    """The sentence for a file the window could not read or write (path first, if known)."""
    if isinstance(error, FileProblem):
        sentence = _file_problem(error)
        path = error.path
    elif isinstance(error, OutputError):
        sentence, path = _output_problem(error), error.path
    elif isinstance(error, OSError) and os_reason(error):
        path = str(error.filename or "")
        sentence = QCoreApplication.translate(
            "FileProblem", "The file cannot be used: %1."
        ).replace("%1", os_reason(error))
    else:
        return str(error)
    if sentence is None:
        return str(error)
    if not path:
        return sentence
    return (
        QCoreApplication.translate("FileProblem", "%1: %2")
        .replace("%1", path)
        .replace("%2", sentence)
    )


def _file_problem(error: FileProblem) -> str | None:
    """An InputError's or ProjectError's sentence by its code; None for a code not known."""
    project = isinstance(error, ProjectError)
    cause = error.__context__  # the OSError or JSON error core turned into this one
    if error.code == "unreadable":
        reason = os_reason(cause)
        if not reason:
            return QCoreApplication.translate(
                "FileProblem", "The file cannot be read; check that you may read it."
            )
        return QCoreApplication.translate(
            "FileProblem",
            "The file cannot be read (%1); check that you may read it and that its disk or "
            "network folder is there.",
        ).replace("%1", reason)
    if project and error.code == "corrupt" and isinstance(cause, json.JSONDecodeError):
        sentence = (
            QCoreApplication.translate(
                "FileProblem", "The project file is damaged (broken JSON at line %1, column %2)."
            )
            .replace("%1", str(cause.lineno))
            .replace("%2", str(cause.colno))
        )
    else:
        template = (_PROJECT if project else _INPUT).get(error.code)
        if template is None:
            return None
        sentence = _translated(template).replace("%1", str(MAX_BYTES // (1024 * 1024)))
    if project and error.code in ("invalid", "missing-key", "corrupt") and error.path:
        backup = backup_path(error.path)
        if backup.is_file():
            sentence += QCoreApplication.translate(
                "FileProblem", " The previous save is kept in %1."
            ).replace("%1", str(backup))
    return sentence


def _output_problem(error: OutputError) -> str:
    """Why an output cannot be written: core's reason when it is one of its own, else the
    system's (the OSError behind it)."""
    own = _OUTPUT_REASONS.get(error.code)
    if error.code == "source":  # no folder rights to check: another name is the way out
        return QCoreApplication.translate(
            "FileProblem",
            "It cannot be written here (%1); choose another name or folder for the export.",
        ).replace("%1", _translated(own))
    reason = _translated(own) if own else os_reason(error.__context__)
    if not reason:
        return QCoreApplication.translate(
            "FileProblem",
            "It cannot be written here; choose another folder, or check its permissions "
            "and free space.",
        )
    return QCoreApplication.translate(
        "FileProblem",
        "It cannot be written here (%1); choose another folder, or check its permissions "
        "and free space.",
    ).replace("%1", reason)


# What the window says about a notice on an edition's sources, by Notice.code.
_NOTICES: dict[str, str] = {
    "side_by_side": QT_TRANSLATE_NOOP(
        "FileProblem",
        "%1: each line holds two columns side by side, as an extraction that keeps the page "
        "layout writes them (pdftotext -layout, for one); the stories' sentences are mixed "
        "line by line and cannot be put back. Extract the text again without keeping the "
        "layout, and open that file.",
    ),
}


def notice_text(notice: Notice) -> str:
    """The sentence for a notice about a source (core's English one for a code not known)."""
    template = _NOTICES.get(notice.code)
    if template is None:
        return notice.message
    return _translated(template).replace("%1", notice.source)

