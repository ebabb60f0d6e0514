"""Why a sync bundle or an enrolment file was refused (docs/sync-format.md).

Every refusal carries a machine-readable reason (the CLI's `--json`, the
tests) and a message in the user's language saying what is wrong and what
to do. Nothing has been written when one is raised.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.errors import VillageDeskError


class Reason(StrEnum):
    NOT_A_BUNDLE = "not_a_bundle"          # wrong magic, not our file at all
    NEWER_VERSION = "newer_version"        # made by a newer VillageDesk
    TRUNCATED = "truncated"                # the file ends early
    UNKNOWN_SENDER = "unknown_sender"      # sender not enrolled here
    REVOKED_SENDER = "revoked_sender"      # sender's key revoked
    BAD_SIGNATURE = "bad_signature"        # signature does not verify
    BAD_HEADER = "bad_header"              # header malformed after a good signature
    WRONG_RECIPIENT = "wrong_recipient"    # for another installation or another key of ours
    DAMAGED_PAYLOAD = "damaged_payload"    # length, hash, a chunk that does not decrypt, trailing bytes
    BAD_ARCHIVE = "bad_archive"            # unsafe or malformed payload archive
    TOO_LARGE = "too_large"                # a size limit of the format
    BAD_RECORD = "bad_record"              # a record that does not fit its table
    MISSING_PARENT = "missing_parent"      # a reference neither here nor in the bundle
    MADE_SEPARATELY = "made_separately"    # a unique key held here by another record
    SEQUENCE_ALARM = "sequence_alarm"      # a sequence number reused with other content
    NOT_SET_UP = "not_set_up"              # this installation cannot exchange yet
    NO_SUCH_PEER = "no_such_peer"          # export to an installation not enrolled
    NO_SPACE = "no_space"                  # the disk or stick is full or was pulled
    UNREADABLE = "unreadable"              # the file cannot be read (missing, no permission, stick pulled)


class BundleRejected(VillageDeskError):
    """A bundle that is refused whole; nothing was written."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class EnrolmentRefused(VillageDeskError):
    """An enrolment file refused, or a fingerprint that does not match."""
