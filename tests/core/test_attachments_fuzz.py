"""Hostile files and names given to `attach` (issue 16 §2), explored with Hypothesis like every other entry point
(tests/core/test_bad_input.py): a refusal is one clear Vietnamese line and leaves the database and the blob store
as they were; an accepted call had valid input."""

from __future__ import annotations

import random

from hypothesis import strategies as st

from core.attachments import attach
from core.errors import UserError
from core.file_store import store_for
from core.text import clean
from tests.core.attachments_helpers import image, pdf
from tests.core.test_bad_input import accept, attempt, explore, hostile

PDF, PNG, JPEG = pdf(2), image("PNG", (300, 400)), image("JPEG", (300, 400))
GOOD = {"pdf": PDF, "png": PNG, "jpg": JPEG, "jpeg": JPEG}


def _damaged(data: bytes, seed: int, how: str) -> bytes:
    rng = random.Random(seed)
    if how == "truncated":
        return data[: rng.randint(1, len(data) - 1)]
    if how == "flipped":
        spoiled = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            spoiled[rng.randrange(len(spoiled))] ^= 1 << rng.randrange(8)
        return bytes(spoiled)
    return data[:8] + rng.randbytes(rng.randint(0, 3000))  # the right magic, then noise


contents = st.one_of(
    st.sampled_from(sorted(GOOD)).map(lambda kind: ("good", kind, GOOD[kind])),
    st.tuples(
        st.sampled_from(sorted(GOOD)), st.integers(0, 10_000), st.sampled_from(["truncated", "flipped", "noise"])
    ).map(lambda t: ("damaged", t[0], _damaged(GOOD[t[0]], t[1], t[2]))),
    st.binary(max_size=2000).map(lambda data: ("bytes", "", data)),
)
names = st.tuples(
    st.one_of(hostile(40), st.sampled_from(["to-khai", "C:\\Quet\\ho so", "../../etc/passwd", "a.b"])),
    st.sampled_from(["pdf", "PDF", "png", "jpg", "jpeg", "JPG", "docx", "exe", "", "pdf.exe"]),
)
places = st.one_of(
    st.tuples(st.integers(-2, 6), st.just(False)),
    st.tuples(st.none(), st.booleans()),
    st.tuples(st.integers(0, 1), st.just(True)),
)


def test_attach_hostile_files_names_and_places(office_database):
    db = office_database
    code = accept(db)
    with db.session() as session:
        from core.dossiers import get_dossier

        count = len(get_dossier(session, code).components)

    def body(values):
        (stem, extension), (kind, made_as, data), (component, result) = values
        name = f"{stem}.{extension}" if extension else stem
        ext = extension.lower()
        base = clean(name.replace("\\", "/").rsplit("/", 1)[-1])
        if result:
            place_ok = component is None
        elif component is not None:
            place_ok = 0 <= component < count
        else:
            place_ok = count == 1
        matches = ext in GOOD and base.lower().endswith("." + ext) and GOOD[ext][:4] == GOOD[made_as or ext][:4]
        valid = (
            None
            if kind == "damaged" and matches
            else (kind == "good" and matches and place_ok and bool(base) and len(base) <= 255)
        )
        if kind == "bytes":
            valid = False if not data.startswith((b"%PDF-", b"\xff\xd8\xff", b"\x89PNG")) else None
        with db.session() as session:
            before = sorted(store_for(session).names())
        error = attempt(
            db,
            lambda s: attach(s, code, name, data, component=component, result=result),
            valid=valid if place_ok or valid is False else False,
            inputs=[name, stem],
        )
        if isinstance(error, UserError):
            with db.session() as session:
                assert sorted(store_for(session).names()) == before, f"refused ({error}) but a blob was stored"

    explore(db, "attachments.attach", st.tuples(names, contents, places), body, sqlite=150, postgresql=25)
