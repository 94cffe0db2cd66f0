"""Mutation fuzzing of .siks bundles: every mutated file is either rejected with a BundleError (never another
exception type, never the internal safety net) or — when the mutation only touched ZIP metadata that carries no
meaning (timestamps, attributes) — opens to exactly the original content."""
from __future__ import annotations

import random
import zipfile
from collections import Counter

import pytest

from siks_desktop.io.siks_format import BundleError, open_bundle

from .bundle_helpers import chunks_of, make_bundle, read_entries, write_entries

SEED = 20240601
N_BYTE_MUTATIONS = 6000
N_STRUCTURAL = 1500


@pytest.fixture(scope="module")
def base(tmp_path_factory, pki):
    d = tmp_path_factory.mktemp("fuzz")
    parts = {"tables/ruta.jsonl": bytes(random.Random(1).randbytes(6000)), "attachments/ba.pdf": b"%PDF" * 500}
    path = make_bundle(d / "base.siks", pki, parts=parts, chunk_size=1024, recipients=[pki.dinsos.cert])
    opened = open_bundle(path, recipient_key=pki.dinsos.key, recipient_cert=pki.dinsos.cert, ca_cert=pki.ca.cert)
    return d, path.read_bytes(), dict(opened.manifest), dict(opened.parts)


def _byte_mutation(rng: random.Random, data: bytes) -> bytes:
    kind = rng.randrange(6)
    b = bytearray(data)
    if kind == 0:  # flip one bit
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    elif kind == 1:  # several random bytes
        for _ in range(rng.randint(2, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == 2:  # truncate
        del b[rng.randrange(len(b)):]
    elif kind == 3:  # insert garbage
        i = rng.randrange(len(b))
        b[i:i] = rng.randbytes(rng.randint(1, 64))
    elif kind == 4:  # overwrite a range
        i = rng.randrange(len(b))
        n = rng.randint(1, 256)
        b[i:i + n] = rng.randbytes(min(n, len(b) - i))
    else:  # delete a range
        i = rng.randrange(len(b))
        del b[i:i + rng.randint(1, 512)]
    return bytes(b)


def _structural_mutation(rng: random.Random, entries: list[tuple[str, bytes]]) -> tuple[list, int]:
    entries = list(entries)
    kind = rng.randrange(6)
    idx = rng.randrange(len(entries))
    name, data = entries[idx]
    if kind == 0:  # rename an entry
        entries[idx] = (rng.choice(["payload.bin ", "PAYLOAD.bin", "keys/x.bin", "../payload.bin", "manifest.json",
                                    name + ".bak", "/" + name]), data)
    elif kind == 1:  # swap / duplicate / drop payload chunks
        payload = dict(entries)["payload.bin"]
        chunks = chunks_of(payload, 1024)
        op = rng.randrange(3)
        if op == 0 and len(chunks) > 1:
            i, j = rng.sample(range(len(chunks)), 2)
            chunks[i], chunks[j] = chunks[j], chunks[i]
        elif op == 1:
            chunks.insert(rng.randrange(len(chunks)), rng.choice(chunks))
        else:
            del chunks[rng.randrange(len(chunks))]
        entries = [(n, b"".join(chunks) if n == "payload.bin" else d) for n, d in entries]
    elif kind == 2:  # drop an entry
        del entries[idx]
    elif kind == 3:  # swap entry contents
        j = rng.randrange(len(entries))
        entries[idx], entries[j] = (name, entries[j][1]), (entries[j][0], data)
    elif kind == 4:  # duplicate an entry
        entries.append(entries[idx])
    else:  # compress (allowed) and mutate content
        b = bytearray(data)
        if b:
            b[rng.randrange(len(b))] ^= 0xFF
        entries[idx] = (name, bytes(b))
    return entries, (zipfile.ZIP_DEFLATED if rng.random() < 0.3 else zipfile.ZIP_STORED)


def _attempt(path, pki, original_manifest, original_parts, outcomes: Counter) -> None:
    try:
        opened = open_bundle(path, recipient_key=pki.dinsos.key, recipient_cert=pki.dinsos.cert,
                             ca_cert=pki.ca.cert)
    except BundleError as exc:
        assert "unexpected" not in exc.params, f"safety net hit: {exc.params}"
        outcomes[exc.code] += 1
        return
    # Accepted: only if nothing that matters changed.
    assert dict(opened.manifest) == original_manifest
    assert dict(opened.parts) == original_parts
    outcomes["accepted_unchanged"] += 1


def test_byte_level_mutations(base, pki):
    d, data, manifest, parts = base
    rng = random.Random(SEED)
    outcomes: Counter = Counter()
    target = d / "m.siks"
    for _ in range(N_BYTE_MUTATIONS):
        target.write_bytes(_byte_mutation(rng, data))
        _attempt(target, pki, manifest, parts, outcomes)
    rejected = sum(v for k, v in outcomes.items() if k != "accepted_unchanged")
    print(outcomes)
    assert rejected > N_BYTE_MUTATIONS * 0.8, outcomes
    assert {"tampered", "truncated", "bad_signature"} <= set(outcomes), outcomes


def test_structural_mutations(base, pki):
    d, data, manifest, parts = base
    src = d / "base.siks"
    entries = read_entries(src)
    rng = random.Random(SEED + 1)
    outcomes: Counter = Counter()
    target = d / "s.siks"
    for _ in range(N_STRUCTURAL):
        mutated, compress = _structural_mutation(rng, entries)
        write_entries(target, mutated, compress)
        _attempt(target, pki, manifest, parts, outcomes)
    print(outcomes)
    assert outcomes["accepted_unchanged"] < N_STRUCTURAL * 0.2, outcomes
    assert {"tampered", "manifest_mismatch", "unsafe_zip"} <= set(outcomes), outcomes
