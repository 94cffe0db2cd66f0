"""The .siks container: round trip, openssl interop, decryption from the documentation alone, every error code."""
from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import struct
import subprocess
import zipfile

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from siks_desktop.io.siks_format import (
    BundleError,
    identity_from_cert,
    key_id,
    open_bundle,
    verify_bundle,
    write_bundle,
)

from .bundle_helpers import (
    PARTS,
    chunks_of,
    make_bundle,
    read_entries,
    resign,
    rewrite,
    write_entries,
)
from .certs import KELURAHAN, OTHER_KELURAHAN


@pytest.fixture()
def bundle(tmp_path, pki):
    return make_bundle(tmp_path / "b.siks", pki)


def _code(exc_info) -> str:
    return exc_info.value.code


def test_round_trip(bundle, pki):
    res = verify_bundle(bundle, ca_cert=pki.ca.cert)
    assert res.valid and res.sequence == 1 and res.kelurahan_code == KELURAHAN
    assert res.signer == "Operator Kelurahan Uji" and res.signer_role == "operator"
    assert set(res.recipients) == {key_id(pki.dinsos.cert), key_id(pki.backup.cert)}
    for who in (pki.dinsos, pki.backup):
        opened = open_bundle(bundle, recipient_key=who.key, recipient_cert=who.cert, ca_cert=pki.ca.cert)
        assert dict(opened.parts) == PARTS
        assert opened.manifest["bundle_id"] == res.bundle_id


def test_empty_payload_and_exact_chunk_multiple(tmp_path, pki):
    for parts in ({}, {"a.pdf": bytes(range(256)) * 48}):
        p = make_bundle(tmp_path / "e.siks", pki, parts=parts)
        assert dict(open_bundle(p, recipient_key=pki.dinsos.key, recipient_cert=pki.dinsos.cert,
                                ca_cert=pki.ca.cert).parts) == parts


def test_deterministic_inner_archive_and_manifest_has_no_personal_data(bundle):
    entries = dict(read_entries(bundle))
    assert sorted(entries) == sorted(["manifest.json", "manifest.sig.p7s", "payload.bin"] +
                                     [n for n in entries if n.startswith("keys/")])
    plain = b"".join(v for k, v in entries.items() if k != "payload.bin")
    for secret in (b"Siti", b"3171010101010001", b"Jl. Contoh", b"ruta.jsonl", b"ba-1.pdf"):
        assert secret not in plain
        assert secret not in entries["payload.bin"]


def test_identity_adapter(pki):
    assert identity_from_cert(pki.operator.cert) == ("Operator Kelurahan Uji", "operator", KELURAHAN)
    assert identity_from_cert(pki.dinsos.cert) == ("Dinsos Pusat Data", "dinsos", None)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_openssl_cms_verify(bundle, pki, tmp_path):
    entries = dict(read_entries(bundle))
    (tmp_path / "manifest.json").write_bytes(entries["manifest.json"])
    (tmp_path / "manifest.sig.p7s").write_bytes(entries["manifest.sig.p7s"])
    (tmp_path / "ca.pem").write_bytes(pki.ca.pem)
    cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.sig.p7s",
           "-content", "manifest.json", "-CAfile", "ca.pem", "-purpose", "any", "-out", "/dev/null"]
    ok = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "Verification successful" in ok.stderr + ok.stdout
    (tmp_path / "manifest.json").write_bytes(entries["manifest.json"].replace(b'"sequence":1', b'"sequence":2'))
    bad = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True)
    assert bad.returncode != 0


def test_decrypt_with_documented_primitives_only(bundle, pki):
    """Re-implements docs/siks-format.md §3 with zipfile, json and raw AES-GCM/RSA-OAEP (not the module)."""
    with zipfile.ZipFile(bundle) as zf:
        manifest_raw = zf.read("manifest.json")
        m = json.loads(manifest_raw)
        spki = pki.dinsos.cert.public_key().public_bytes(serialization.Encoding.DER,
                                                         serialization.PublicFormat.SubjectPublicKeyInfo)
        h = hashes.Hash(hashes.SHA256())
        h.update(spki)
        kid = h.finalize().hex()
        wrapped = zf.read(f"keys/{kid}.bin")
        payload = zf.read("payload.bin")
    enc = m["encryption"]
    assert (m["format_version"], enc["content_cipher"], enc["key_wrap"], enc["payload_format"]) == \
        (1, "AES-256-GCM", "RSA-OAEP-SHA256-MGF1-SHA256", "zip")
    cek = pki.dinsos.key.decrypt(wrapped, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()),
                                                       algorithm=hashes.SHA256(), label=None))
    aad_prefix = "siks-bundle\n{format_version}\n{bundle_id}\n{kelurahan_code}\n{sequence}\n".format(**m).encode()
    prefix = bytes.fromhex(enc["nonce_prefix"])
    step = enc["chunk_size"] + 16
    n = enc["chunks"]
    plain = b""
    for i in range(n):
        block = payload[i * step:(i + 1) * step]
        aad = aad_prefix + struct.pack(">I", i) + (b"\x01" if i == n - 1 else b"\x00")
        plain += AESGCM(cek).decrypt(prefix + struct.pack(">I", i), block, aad)
    with zipfile.ZipFile(io.BytesIO(plain)) as inner:
        assert {name: inner.read(name) for name in inner.namelist()} == PARTS


# ------------------------------------------------------------------ every failure code

def _open(path, pki, who=None):
    who = who or pki.dinsos
    return open_bundle(path, recipient_key=who.key, recipient_cert=who.cert, ca_cert=pki.ca.cert)


def test_wrong_recipient(bundle, pki):
    with pytest.raises(BundleError) as e:
        _open(bundle, pki, pki.outsider)
    assert _code(e) == "wrong_recipient"
    with pytest.raises(BundleError) as e:  # key does not belong to the certificate
        open_bundle(bundle, recipient_key=pki.outsider.key, recipient_cert=pki.dinsos.cert, ca_cert=pki.ca.cert)
    assert _code(e) == "wrong_recipient"


def test_tampered_payload_byte(bundle, pki):
    def flip(entries):
        return [(n, (d[:100] + bytes([d[100] ^ 1]) + d[101:]) if n == "payload.bin" else d) for n, d in entries]
    rewrite(bundle, flip)
    with pytest.raises(BundleError) as e:
        verify_bundle(bundle, ca_cert=pki.ca.cert)
    assert _code(e) == "tampered"


@pytest.mark.parametrize("attack", ["flip", "swap", "drop_last", "drop_last_keep_count"])
def test_gcm_layer_detects_changes_even_with_a_fresh_signature(bundle, pki, attack):
    """Even the operator (holding the signing key) cannot splice chunks: GCM tags and AAD catch it."""
    def mutate(entries):
        chunks = chunks_of(entries["payload.bin"], 4096)
        assert len(chunks) >= 3
        if attack == "flip":
            chunks[0] = bytes([chunks[0][0] ^ 0x80]) + chunks[0][1:]
        elif attack == "swap":
            chunks[0], chunks[1] = chunks[1], chunks[0]
        else:
            chunks = chunks[:-1]
        entries["payload.bin"] = b"".join(chunks)

    def fix_count(m):
        if attack == "drop_last":
            m["encryption"]["chunks"] -= 1
    resign(bundle, pki.operator, fix_count, mutate)
    with pytest.raises(BundleError) as e:
        _open(bundle, pki)
    assert _code(e) in ({"tampered"} if attack != "drop_last_keep_count" else {"manifest_mismatch", "truncated"})


def test_truncated_file(bundle, pki):
    data = bundle.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        bundle.write_bytes(data[:cut])
        with pytest.raises(BundleError) as e:
            verify_bundle(bundle, ca_cert=pki.ca.cert)
        assert _code(e) == "truncated"


def test_unknown_version(tmp_path, pki):
    p = make_bundle(tmp_path / "v2.siks", pki, _format_version=2)
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "unknown_version" and e.value.params["version"] == 2


def test_bad_signature(bundle, pki, tmp_path):
    def edit(entries):
        return [(n, d.replace(b'"sequence":1', b'"sequence":7') if n == "manifest.json" else d) for n, d in entries]
    p = rewrite(bundle, edit, out=tmp_path / "edited.siks")
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "bad_signature"
    for garbage in (b"", b"\x30\x03\x02\x01\x00", b"junk" * 10):
        p = rewrite(bundle, lambda es: [(n, garbage if n == "manifest.sig.p7s" else d) for n, d in es],
                    out=tmp_path / "garbage.siks")
        with pytest.raises(BundleError) as e:
            verify_bundle(p, ca_cert=pki.ca.cert)
        assert _code(e) == "bad_signature"
    p = rewrite(bundle, lambda es: [(n, d) for n, d in es if n != "manifest.sig.p7s"], out=tmp_path / "nosig.siks")
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "bad_signature"


@pytest.mark.parametrize("signer,code", [("rogue_operator", "untrusted_signer"),
                                         ("expired_operator", "expired_certificate"),
                                         ("lurah", "wrong_role"),
                                         ("other_operator", "kelurahan_mismatch")])
def test_signer_checks(tmp_path, pki, signer, code):
    p = make_bundle(tmp_path / "s.siks", pki, signer=getattr(pki, signer))
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == code


def test_verify_against_another_ca(bundle, pki):
    with pytest.raises(BundleError) as e:
        verify_bundle(bundle, ca_cert=pki.other_ca.cert)
    assert _code(e) == "untrusted_signer"


def test_expired_at_a_later_date(bundle, pki):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    with pytest.raises(BundleError) as e:
        verify_bundle(bundle, ca_cert=pki.ca.cert, at=later)
    assert _code(e) == "expired_certificate"


def test_manifest_mismatch_extra_and_missing_entries(bundle, pki, tmp_path):
    p = rewrite(bundle, lambda es: es + [("notes.txt", b"hi")], out=tmp_path / "extra.siks")
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "manifest_mismatch"
    p = rewrite(bundle, lambda es: [(n, d) for n, d in es if not n.startswith("keys/")], out=tmp_path / "nokey.siks")
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "manifest_mismatch"
    p = resign(bundle, pki.operator, lambda m: m["counts"].update(households="many"), out=tmp_path / "schema.siks")
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "manifest_mismatch"


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "a/../../b", "C:\\x", "keys\\x.bin", "dir/"])
def test_unsafe_names(bundle, pki, tmp_path, name):
    p = rewrite(bundle, lambda es: es + [(name, b"x")], out=tmp_path / "u.siks")
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "unsafe_zip"


def test_unsafe_duplicates_count_and_bomb(bundle, pki, tmp_path):
    entries = read_entries(bundle)
    p = write_entries(tmp_path / "dup.siks", entries + [entries[0]])
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "unsafe_zip"
    p = write_entries(tmp_path / "many.siks", entries + [(f"x{i}", b"") for i in range(40)])
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "unsafe_zip"
    p = write_entries(tmp_path / "bomb.siks", entries + [("bomb", b"\0" * (20 << 20))], zipfile.ZIP_DEFLATED)
    with pytest.raises(BundleError) as e:
        verify_bundle(p, ca_cert=pki.ca.cert)
    assert _code(e) == "unsafe_zip"


def test_not_a_bundle(tmp_path, pki):
    cases = {"random.siks": b"\x13\x37" * 500, "empty.siks": b""}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    write_entries(tmp_path / "plainzip.siks", [("hello.txt", b"hi")])
    write_entries(tmp_path / "badjson.siks", [("manifest.json", b"{not json")])
    for name in [*cases, "plainzip.siks", "badjson.siks", "missing.siks"]:
        with pytest.raises(BundleError) as e:
            verify_bundle(tmp_path / name, ca_cert=pki.ca.cert)
        assert _code(e) == "not_a_bundle", name


def test_messages_are_indonesian_and_free_of_personal_data(bundle, pki):
    with pytest.raises(BundleError) as e:
        _open(bundle, pki, pki.outsider)
    assert "kunci" in e.value.message and "Operator" not in str(e.value)


def test_writer_rejects_bad_input(tmp_path, pki):
    with pytest.raises(ValueError):
        make_bundle(tmp_path / "x.siks", pki, parts={"../x": b""})
    with pytest.raises(ValueError):
        make_bundle(tmp_path / "x.siks", pki, fields={"kelurahan_code": "Kel. Contoh"})
    with pytest.raises(ValueError):
        write_bundle(tmp_path / "x.siks", manifest_fields={"kelurahan_code": KELURAHAN, "sequence": 1, "nama": "x"},
                     payload_parts={}, recipients=[pki.dinsos.cert], signer_key=pki.operator.key,
                     signer_cert=pki.operator.cert)
    assert not list(tmp_path.iterdir())
    assert OTHER_KELURAHAN != KELURAHAN
