"""Backup archives: write, validate and restore (Qt-free; run through the task runner).

Restore treats every archive as hostile until proven otherwise: :func:`validate_archive` checks names, types,
sizes, compression ratios, the manifest and the database inside before a single byte is written, and
:func:`restore_backup` extracts into a staging folder inside the data folder, verifies every hash, and only then
swaps folders with renames. The current data is always backed up first and stays recoverable until the swap has
finished.

**The caller must close the** :class:`~studio.store.db.Store` **before** :func:`restore_backup` (and reopen it
after): it replaces the database file under any open connection. :func:`create_backup` is safe with the store open
(the backup API copies a consistent snapshot while others read and write).

Export lives in :mod:`studio.store.export`, "delete all my data" in :mod:`studio.store.wipe`.
"""

from studio.store.archive.create import auto_backup_due, create_backup, prune_archives, run_auto_backup
from studio.store.archive.names import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    DB_ENTRY,
    MANIFEST_NAME,
    ArchiveError,
    Manifest,
    ManifestFile,
    ProgressFn,
    RestoreResult,
    archive_name,
    list_archives,
)
from studio.store.archive.restore import restore_backup
from studio.store.archive.validate import ArchiveLimits, validate_archive

__all__ = [
    "ARCHIVE_FORMAT",
    "ARCHIVE_VERSION",
    "DB_ENTRY",
    "MANIFEST_NAME",
    "ArchiveError",
    "ArchiveLimits",
    "Manifest",
    "ManifestFile",
    "ProgressFn",
    "RestoreResult",
    "archive_name",
    "auto_backup_due",
    "create_backup",
    "list_archives",
    "prune_archives",
    "restore_backup",
    "run_auto_backup",
    "validate_archive",
]
