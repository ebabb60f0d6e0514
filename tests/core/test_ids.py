import uuid

from desktop.core.ids import is_id, new_id


def test_new_ids_are_uuid7_and_sort_in_creation_order():
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    for i in ids[:10]:
        u = uuid.UUID(i)
        assert u.version == 7
        assert u.variant == uuid.RFC_4122
        assert is_id(i)


def test_is_id_rejects_non_canonical_text():
    assert not is_id("not-an-id")
    assert not is_id(new_id().upper())
    assert not is_id(None)
