"""The audit heads exchanged in bundles (docs/audit.md, docs/sync-format.md
§3 and §5).

A bundle carries the sender's chain head and the links since the head it
sent in the last bundle the recipient acknowledged (before any
acknowledgement, since the first head it sent; nothing on a first bundle).
The recipient checks that they continue from the head it holds for the
sender. If they do not, the import still goes in (the records are sound on
their own) but the peer gets an alarm, shown in the import's summary.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.i18n import translate
from desktop.services.sync.archive import AuditHead
from desktop.storage.sync import SyncStore


def outgoing(store: SyncStore, peer_id: str) -> AuditHead:
    """Our head and the links the peer needs, read in the export's snapshot."""
    seq, link = store.audit_head()
    acked = store.acked(peer_id)
    base = store.sent(peer_id, acked) if acked else None
    if base is None or base["audit_seq"] is None:
        base = store.first_sent_with_audit(peer_id)
    if base is None or base["audit_seq"] > seq:
        # A first bundle; or our log is shorter than the head we sent (a
        # restored backup, or a cut): the peer sees that its head is ahead.
        return AuditHead(seq, link, seq)
    since = base["audit_seq"]
    return AuditHead(seq, link, since, tuple(store.audit_links_after(since)))


def continues(held: tuple[int, str] | None, audit: AuditHead) -> bool:
    """Whether the links hang together, end at the head and pass through
    the head held for the sender (nothing held: a first bundle)."""
    links = audit.links
    if any(after[1] != before[2] for before, after in zip(links, links[1:])):
        return False
    if links and (links[-1][0], links[-1][2]) != (audit.seq, audit.hash):
        return False
    if not links and audit.since != audit.seq:
        return False
    if held is None:
        return True
    seq, link = held
    if seq == audit.seq:
        return link == audit.hash
    if seq > audit.seq or seq < audit.since:
        # The sender's log went back, or the links do not reach back to what
        # we hold: nothing shows the entries between are still there.
        return False
    if seq == audit.since:
        return links[0][1] == link
    return any(s == seq and c == link for s, _, c in links)


def is_newest(store: SyncStore, sender: str, sequence: int) -> bool:
    """A bundle older than one already imported (a skipped one arriving late)
    carries an older head: it is neither checked nor held."""
    last = store.last_received(sender)
    return last is None or sequence > last["sequence"]


def alarm(store: SyncStore, sender: str, audit: AuditHead | None, sequence: int) -> str:
    """The alarm for this bundle's head, in the user's language; "" when it
    continues (or carries none, or is not the newest)."""
    if audit is None or not is_newest(store, sender, sequence):
        return ""
    held = store.audit_held(sender)
    if continues(held, audit):
        return ""
    peer = store.peer(sender)
    since = store.audit_received_at(sender, *held) if held else None
    return alarm_message(peer["role"] if peer else "", since)


def alarm_message(role: str, since: datetime | None) -> str:
    date = since.date().isoformat() if since else "?"
    if role == "county":
        return translate("Audit", "The county's audit trail does not continue from the one it sent on {date}: "
                                  "entries may have been removed.").format(date=date)
    return translate("Audit", "The township's audit trail does not continue from the one it sent on {date}: "
                              "entries may have been removed.").format(date=date)


def record(store: SyncStore, w, sender: str, audit: AuditHead | None, sequence: int) -> str:
    """Inside the import's transaction: check the head again, hold it; the alarm."""
    if audit is None or not is_newest(store, sender, sequence):
        return ""
    message = alarm(store, sender, audit, sequence)
    store.record_audit(w, sender, audit.seq, audit.hash, message)
    return message
