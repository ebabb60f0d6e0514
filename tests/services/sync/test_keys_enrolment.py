"""Keys, enrolment files and the typed fingerprint (docs/sync-format.md §1-2)."""

import base64
import json

import pytest

from desktop.core.sync_errors import EnrolmentRefused
from desktop.core.sync_identity import canonical_json, fingerprint, format_fingerprint
from desktop.services.sync.enrolment import check_fingerprint, read_enrolment, write_enrolment
from desktop.services.sync.keys import KeyPair, generate_keys, sign, verify

INSTALLATION = "01928c4e-7b1a-7c3d-8e4f-0123456789ab"
UNIT = {"code": "540121100", "name_zh": "城关镇", "name_bo": "གྲོང་ཁྱེར་ཤང་།", "level": "township"}
# RFC 8032 test 1 and RFC 7748 §6.1 (Alice): known private -> public.
KNOWN = KeyPair(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
                bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"))


def test_keys_derive_the_published_public_keys():
    assert KNOWN.signing_public.hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    assert KNOWN.encryption_public.hex() == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    # RFC 8032 test 1: the signature of the empty message.
    assert sign(KNOWN.signing_private, b"").hex().startswith("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065")


def test_sign_and_verify():
    keys = generate_keys()
    assert len(keys.signing_private) == len(keys.encryption_private) == 32
    signature = sign(keys.signing_private, b"data")
    assert verify(keys.signing_public, signature, b"data")
    assert not verify(keys.signing_public, signature, b"date")
    assert not verify(generate_keys().signing_public, signature, b"data")
    assert not verify(keys.signing_public, signature[:63], b"data")
    assert not verify(b"\0" * 31, signature, b"data")


def test_private_keys_stay_out_of_repr():
    assert KNOWN.signing_private.hex() not in repr(KNOWN) and "9d61" not in repr(KNOWN)


def _write(path, keys=KNOWN, **changes):
    fields = dict(installation_id=INSTALLATION, role="township", name="城关镇 laptop 1", unit=UNIT, keys=keys,
                  created_at="2026-11-24T08:00:00+00:00")
    return write_enrolment(path, **{**fields, **changes})


def test_an_enrolment_file_reads_back_with_its_fingerprint(tmp_path):
    path = _write(tmp_path / "a.vdenrol")
    assert [p.name for p in tmp_path.iterdir()] == ["a.vdenrol"]
    enrolment = read_enrolment(path)
    assert enrolment.installation_id == INSTALLATION and enrolment.role == "township"
    assert enrolment.name == "城关镇 laptop 1" and enrolment.unit == UNIT
    assert enrolment.signing_key == KNOWN.signing_public and enrolment.encryption_key == KNOWN.encryption_public
    assert enrolment.fingerprint == fingerprint(INSTALLATION, KNOWN.signing_public, KNOWN.encryption_public)
    assert enrolment.fingerprint == "4858670781889498633192357617367837454504"
    doc = json.loads(path.read_bytes())
    assert path.read_bytes() == canonical_json(doc)


@pytest.mark.parametrize("typed", [
    "48586 70781 88949 86331 92357 61736 78374 54504",
    "48586-70781-88949-86331-92357-61736-78374-54504",
    "4858670781889498633192357617367837454504",
    "４８５８６ ７０７８１ ８８９４９ ８６３３１ ９２３５７ ６１７３６ ７８３７４ ５４５０４",
    " 48586, 70781; 88949 / 86331 92357 61736 78374 54504 ",
])
def test_a_typed_fingerprint_is_accepted_whatever_its_separators(tmp_path, typed):
    check_fingerprint(read_enrolment(_write(tmp_path / "a.vdenrol")), typed)


@pytest.mark.parametrize("typed, says", [
    ("48586 70781 88949 86331 92357 61736 78374 54505", "does not match"),
    ("58586 70781 88949 86331 92357 61736 78374 54504", "does not match"),
    ("48586 70781 88949 86331 92357 61736 78374", "35 were typed"),
    ("48586 70781 88949 86331 92357 61736 78374 545044", "41 were typed"),
    ("", "0 were typed"),
])
def test_a_wrong_fingerprint_is_refused(tmp_path, typed, says):
    enrolment = read_enrolment(_write(tmp_path / "a.vdenrol"))
    with pytest.raises(EnrolmentRefused) as err:
        check_fingerprint(enrolment, typed)
    assert says in err.value.message


def test_another_installations_fingerprint_is_refused(tmp_path):
    other = read_enrolment(_write(tmp_path / "b.vdenrol", keys=generate_keys()))
    with pytest.raises(EnrolmentRefused):
        check_fingerprint(other, format_fingerprint(fingerprint(INSTALLATION, KNOWN.signing_public,
                                                                KNOWN.encryption_public)))


def _tamper(path, change):
    doc = json.loads(path.read_bytes())
    change(doc)
    path.write_bytes(canonical_json(doc))
    return path


def _resign(doc, keys):
    doc.pop("signature")
    doc["signature"] = base64.b64encode(sign(keys.signing_private, canonical_json(doc))).decode()


def _other_keys(doc):
    keys = generate_keys()
    doc["signing_key"] = base64.b64encode(keys.signing_public).decode()


def _set(key, value):
    return lambda doc: doc.__setitem__(key, value)


TAMPERED = {
    "changed signing key": (_other_keys, "changed after it was made"),
    "changed encryption key": (_set("encryption_key", base64.b64encode(bytes(32)).decode()), "changed after"),
    "changed name": (_set("name", "县 laptop"), "changed after it was made"),
    "changed unit": (lambda d: d["unit"].__setitem__("code", "540121101"), "changed after"),
    "changed role": (_set("role", "county"), "changed after"),
    "bad signature": (_set("signature", base64.b64encode(bytes(64)).decode()), "changed after"),
    "short signature": (_set("signature", base64.b64encode(bytes(63)).decode()), "signature is not valid"),
    "key not base64": (_set("signing_key", "not base64!"), "signing_key is not valid"),
    "missing field": (lambda d: d.pop("created_at"), "created_at is missing"),
    "unknown field": (_set("admin", True), "unknown field admin"),
    "newer version": (_set("version", 2), "newer VillageDesk (format 2)"),
    "version as text": (_set("version", "1"), "format version is not valid"),
    "other format": (_set("format", "villagedesk-bundle"), "is not a VillageDesk enrolment file"),
}


@pytest.mark.parametrize("case", sorted(TAMPERED))
def test_a_tampered_enrolment_file_is_refused(tmp_path, case):
    change, says = TAMPERED[case]
    path = _tamper(_write(tmp_path / "a.vdenrol"), change)
    with pytest.raises(EnrolmentRefused) as err:
        read_enrolment(path)
    assert says in err.value.message


def test_a_validly_signed_file_with_bad_fields_is_still_refused(tmp_path):
    """The self-signature only shows the file is whole; the fields are checked too."""
    keys = generate_keys()
    for change, says in [(_set("installation_id", "not-an-id"), "installation id"),
                         (_set("role", "village"), "neither township nor county"),
                         (_set("name", " "), "name is empty"),
                         (_set("unit", {"code": "1"}), "administrative unit"),
                         (_set("created_at", "yesterday"), "creation time")]:
        path = tmp_path / "a.vdenrol"
        _tamper(_write(path, keys=keys), lambda d: (change(d), _resign(d, keys)))
        with pytest.raises(EnrolmentRefused) as err:
            read_enrolment(path)
        assert says in err.value.message


@pytest.mark.parametrize("content, says", [
    (b"x" * (65 * 1024), "larger than 64 KB"),
    (b"{" * 65 * 1024, "larger than 64 KB"),
    (b"not json at all", "not a VillageDesk enrolment file"),
    (b"\xff\xfe\x00", "not a VillageDesk enrolment file"),
    (b"[1, 2]", "not a VillageDesk enrolment file"),
    (b"[" * 60000, "not a VillageDesk enrolment file"),
    (b'{"format": "villagedesk-enrolment", "version": NaN}', "not a VillageDesk enrolment file"),
    (b'{"format": "villagedesk-enrolment", "version": 1e400}', "not a VillageDesk enrolment file"),
    (b"", "not a VillageDesk enrolment file"),
])
def test_files_that_are_not_enrolments_are_refused(tmp_path, content, says):
    path = tmp_path / "a.vdenrol"
    path.write_bytes(content)
    with pytest.raises(EnrolmentRefused) as err:
        read_enrolment(path)
    assert says in err.value.message


def test_a_missing_file_is_refused_with_its_name(tmp_path):
    with pytest.raises(EnrolmentRefused) as err:
        read_enrolment(tmp_path / "gone.vdenrol")
    assert "gone.vdenrol" in err.value.message


def test_write_refuses_what_the_reader_would_refuse(tmp_path):
    with pytest.raises(ValueError):
        _write(tmp_path / "a.vdenrol", role="village")
    assert list(tmp_path.iterdir()) == []
