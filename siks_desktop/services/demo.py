"""A realistic synthetic kelurahan for a first look, training and benchmarks (``siks demo``).

``generate_demo`` writes households (ruta), families (keluarga, with No KK), members (ART) and prelist source tags
for one DKI kelurahan, deterministic for a seed. Every instrument block is filled consistently with the skip rules
of domain.md §1.3–§1.4, NIKs agree with birth date and sex (§4), and statuses follow §2.1.

Speed: rows are plain tuples written with one SQLAlchemy Core ``insert()`` executemany per batch, inside one
transaction (a crash or a cancel leaves nothing), with pre-assigned integer keys and seeded uids; 250,000
households (~1M people) take well under two minutes (bench/bench_demo.py).
"""
from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Sequence

from sqlalchemy import Connection, Engine, func, insert, select

from .. import reference
from ..db.bulk import BulkWriter
from ..db.search_index import bulk_load
from ..db.models import Anggota, Keluarga, Ruta, SumberTag, Tahap, Wilayah
from ..jobs import CancelToken, Progress, no_progress
from . import names as N

REF_DATE = dt.date(2023, 7, 17)  # start of the tahap 1 verval window: ages are taken at this date
AGE_STABLE_UNTIL = dt.date(2023, 7, 31)  # nobody has a birthday 17–31 Jul, so ages hold through the checking
VERVAL_START = dt.date(2023, 7, 17)
VERVAL_DAYS = 12  # 17–28 Jul 2023
BATCH_HOUSEHOLDS = 4000  # ~16k members per executemany
CREATED_AT = dt.datetime(2023, 7, 16, 8, 0, 0)


@dataclass(frozen=True)
class DemoStats:
    households: int
    families: int
    members: int


class _Pick:
    """Weighted choice by bisect on cumulative weights (a few times faster than ``random.choices``)."""

    __slots__ = ("values", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def __call__(self, rnd: random.Random) -> Any:
        return self.values[bisect(self.cum, rnd.random() * self.total)]


# ---------------------------------------------------------------------------------------------- code distributions
SIZE = _Pick([(1, 6), (2, 14), (3, 20), (4, 24), (5, 17), (6, 10), (7, 5), (8, 4)])
STATUS_RUTA = _Pick([(1, 70), (2, 4), (3, 3), (4, 1), (5, 2), (6, 2), (7, 8), (None, 10)])
LANTAI_POOR = _Pick([(2, 45), (6, 25), (4, 20), (8, 6), (9, 2), (7, 2)])
LANTAI_RICH = _Pick([(2, 80), (1, 8), (4, 8), (3, 4)])
DINDING = _Pick([(1, 90), (3, 4), (2, 3), (4, 2), (7, 1)])
ATAP = _Pick([(4, 35), (5, 25), (6, 18), (1, 11), (3, 8), (2, 3)])
AIR = _Pick([(2, 50), (3, 20), (1, 12), (5, 11), (4, 6), (6, 1)])
DAYA_POOR = _Pick([(1, 35), (2, 45), (3, 14), (6, 6)])
DAYA_RICH = _Pick([(2, 30), (3, 40), (4, 20), (5, 10)])
BB_MASAK = _Pick([(3, 80), (2, 7), (1, 3), (4, 2), (5, 2), (9, 6)])
FASBAB = _Pick([(1, 75), (2, 15), (3, 8), (4, 2)])
KLOSET = _Pick([(1, 90), (2, 5), (3, 5)])
TINJA = _Pick([(1, 70), (2, 20), (3, 5), (4, 5)])
CACAT = _Pick([(1, 30), (2, 15), (3, 12), (4, 8), (5, 8), (10, 12), (11, 8), (12, 7)])
KRONIS = _Pick([(1, 40), (5, 18), (2, 12), (4, 10), (3, 8), (7, 5), (6, 3), (8, 2), (9, 2)])
LAPANGAN = _Pick([(12, 28), (13, 12), (14, 12), (9, 10), (11, 9), (19, 12), (17, 4), (18, 3), (15, 3), (16, 2),
                  (20, 2), (22, 3)])
STATUS_KERJA = _Pick([(4, 48), (1, 25), (7, 10), (5, 5), (2, 5), (8, 4), (3, 3)])
STATUS_ART_OTHER = _Pick([(2, 25), (3, 35), (4, 5), (5, 5), (6, 30)])
JAM = _Pick([(8, 3), (20, 6), (30, 8), (40, 35), (48, 25), (56, 15), (70, 8)])
# highest completed level for adults: (pendidikan, ijazah)
EDU_LOW = _Pick([(None, 15), ((1, 1), 40), ((4, 2), 25), ((7, 3), 17), ((10, 5), 3)])
EDU_HIGH = _Pick([((1, 1), 10), ((4, 2), 20), ((7, 3), 45), ((8, 3), 3), ((10, 4), 7), ((10, 5), 13), ((10, 6), 2)])

_ROMAN = N.ROMAN


def _uid_factory(rnd: random.Random):  # type: ignore[no-untyped-def]
    """uuid4-shaped hex strings from a seeded generator (deterministic, unlike uuid.uuid4())."""
    getbits = rnd.getrandbits
    mask = ~(0xF000 << 64) & ~(0xC000 << 48)
    bits = (0x4000 << 64) | (0x8000 << 48)

    def uid() -> str:
        return "%032x" % ((getbits(128) & mask) | bits)

    return uid


class _Serials:
    """Unique 4-digit serials per 12-digit NIK/KK stem (PPKKCC + DDMMYY), shared by NIK and KK numbers so a NIK can
    never equal a No KK. Seeded from what the database already holds, so appending never collides."""

    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def load(self, numbers: Sequence[str | None]) -> None:
        nxt = self.next
        for number in numbers:
            if number and len(number) == 16 and number.isdigit():
                stem, serial = number[:12], int(number[12:])
                if serial >= nxt.get(stem, 1):
                    nxt[stem] = serial + 1

    def take(self, stem: str) -> str | None:
        serial = self.next.get(stem, 1)
        if serial > 9999:
            return None
        self.next[stem] = serial + 1
        return f"{stem}{serial:04d}"


def _ddmmyy(d: dt.date, female: bool) -> str:
    return f"{d.day + 40 if female else d.day:02d}{d.month:02d}{d.year % 100:02d}"


def _city(nama_kabkota: str) -> str:
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten "):
        if nama_kabkota.startswith(prefix):
            return nama_kabkota[len(prefix):]
    return nama_kabkota


class _Generator:
    """Builds one batch of households at a time as tuples in the tables' column order."""

    def __init__(self, rnd: random.Random, uid_rnd: random.Random, kel: reference.Region, households: int,
                 serials: _Serials, ids: dict[str, int], prelist_start: int, tahap_id: int | None) -> None:
        self.r = rnd
        self.uid = _uid_factory(uid_rnd)
        self.kel = kel
        self.kel_plain = kel.kode.replace(".", "")
        self.kec_prefix = self.kel_plain[:6]
        self.serials = serials
        self.ids = ids
        self.prelist = prelist_start
        self.tahap_id = tahap_id
        self.households = households
        self.n_rw = min(40, max(3, round((households / 8) ** 0.5)))
        self.n_rt = min(40, max(3, round(households / self.n_rw / 40)))
        self._origins()
        self._streets()
        self.groups = _Pick([((g, m, f), w) for g, w, m, f in N.GROUPS])

    # ---- reference-derived tables
    def _origins(self) -> None:
        """Other NIK prefixes: other DKI kecamatan and kecamatan of a few kab/kota outside DKI (all real)."""
        dki, outside = [], []
        kabkota_names: dict[str, str] = {}
        wanted = set(N.NIK_ORIGIN_KABKOTA)
        for reg in reference.national_regions():
            if reg.tingkat == "kabkota":
                kabkota_names[reg.kode] = _city(reg.nama)
            elif reg.tingkat == "kecamatan":
                prefix = reg.kode.replace(".", "")
                if reg.kode.startswith("31.") and prefix != self.kec_prefix:
                    dki.append(prefix)
                elif reg.induk in wanted:
                    outside.append(prefix)
        self.dki_prefixes = [p for p in dki if reference.known_nik_prefix(p)]
        self.outside_prefixes = [p for p in outside if reference.known_nik_prefix(p)]
        self.prefix_city = {p: kabkota_names.get(f"{p[:2]}.{p[2:4]}", "") for p in self.outside_prefixes}

    def _streets(self) -> None:
        r = self.r
        name = self.kel.nama
        own = [f"Jl. {name}", f"Jl. {name} Raya", f"Jl. {name} Dalam", f"Jl. {name} Barat", f"Jl. {name} Timur"]
        pool = own + list(N.STREETS)
        self.rw_streets = [[r.choice(pool) for _ in range(3)] for _ in range(self.n_rw)]

    # ---- people
    def _given(self, male: bool, group: tuple[str, tuple[str, ...], tuple[str, ...]]) -> str:
        return self.r.choice(group[1] if male else group[2])

    def _name(self, male: bool, group: tuple[str, tuple[str, ...], tuple[str, ...]], family: str | None,
              carry: bool = False) -> str:
        """A full name; ``family`` is the shared family part (marga, surname, father's second name) or None."""
        r = self.r
        g = group[0]
        given = self._given(male, group)
        if g == "batak":
            marga = family or r.choice(N.BATAK_MARGA)
            return f"{given} {marga}" if male else f"{given} Br {marga}"
        if g == "tionghoa":
            return f"{given} {family or r.choice(N.CHINESE_SURNAME)}"
        if g == "minang":
            return f"{given} {r.choice(N.MINANG_SECOND)}" if r.random() < 0.5 else given
        if family and (male and carry or r.random() < 0.6):
            return f"{given} {family}"
        x = r.random()
        if x < 0.35:
            return given
        if x < 0.75:
            return f"{given} {r.choice(N.JAWA_SECOND if male else N.FEMALE_SECOND)}"
        return f"{given} {self._given(male, group)}"

    def _family_part(self, group: tuple[str, tuple[str, ...], tuple[str, ...]]) -> str | None:
        g = group[0]
        if g == "batak":
            return self.r.choice(N.BATAK_MARGA)
        if g == "tionghoa":
            return self.r.choice(N.CHINESE_SURNAME)
        if g in ("jawa", "sunda", "betawi"):
            return self.r.choice(N.JAWA_SECOND) if self.r.random() < 0.7 else None
        return None

    def _birth(self, age: int) -> dt.date:
        # born between REF_DATE - (age+1) years + 1 day and REF_DATE - age years
        year = REF_DATE.year - age - 1
        start = dt.date(year, REF_DATE.month, REF_DATE.day) + dt.timedelta(days=1)
        span = (dt.date(year + 1, REF_DATE.month, REF_DATE.day) - start).days
        while True:  # no birthday inside the verval/checking window, so an age holds on every date of it
            birth = start + dt.timedelta(days=self.r.randrange(span + 1))
            if not (birth.month == 7 and 17 <= birth.day <= 31):
                return birth

    def _nik(self, birth: dt.date, female: bool) -> tuple[str, str]:
        """(NIK, tempat_lahir) — prefix mostly this kecamatan, ~10% another DKI kecamatan or outside DKI."""
        r = self.r
        x = r.random()
        place = "Jakarta" if r.random() < 0.85 else r.choice(N.BIRTH_PLACES_OTHER)
        if x < 0.90 or not self.outside_prefixes:
            prefix = self.kec_prefix
        elif x < 0.95:
            prefix = r.choice(self.dki_prefixes)
        else:
            prefix = r.choice(self.outside_prefixes)
            place = self.prefix_city[prefix] if r.random() < 0.8 else place
        date6 = _ddmmyy(birth, female)
        nik = self.serials.take(prefix + date6)
        while nik is None:  # 9,999 people of one sex born on one day in one kecamatan: use another kecamatan
            nik = self.serials.take(r.choice(self.dki_prefixes) + date6)
        return nik, place

    def _no_kk(self) -> str:
        r = self.r
        while True:
            issued = dt.date(2005, 1, 1) + dt.timedelta(days=r.randrange(6770))  # 2005 .. mid-2023
            kk = self.serials.take(self.kec_prefix + _ddmmyy(issued, False))
            if kk is not None:
                return kk

    # ---- household structure
    def _compose(self, size: int) -> list[list[Any]]:
        """Roster skeleton: [hub_krt, hub_kk, family_no, male, age, status_kawin]; KRT first, then roster order."""
        r = self.r
        krt_age = min(85, max(21, int(r.triangular(21, 82, 42))))
        krt_male = r.random() < (0.82 if size > 1 else 0.55)
        people: list[list[Any]] = []
        married = size > 1 and krt_male and r.random() < 0.9
        if married:
            people.append([1, 1, 1, True, krt_age, 2])
            people.append([2, 2, 1, False, max(18, krt_age - r.randint(-2, 8)), 2])
        else:
            if krt_age < 30 and r.random() < 0.8:
                status = 1
            else:
                status = 4 if (not krt_male or krt_age > 55) and r.random() < 0.7 else 3
            people.append([1, 1, 1, krt_male, krt_age, status])
        ages = [p[4] for p in people]
        lo, hi = max(0, max(ages) - 45), min(ages) - 18
        rest = size - len(people)
        # a second family: a married adult child with spouse and children on their own KK
        if rest >= 3 and hi >= 22 and r.random() < 0.45:
            child_age = r.randint(max(22, lo), hi)
            child_male = r.random() < 0.5
            people.append([3, 1, 2, child_male, child_age, 2])
            people.append([4, 2, 2, not child_male, max(18, child_age + r.randint(-4, 4)), 2])
            rest -= 2
            g_hi = min(child_age, people[-1][4]) - 18
            n_kids = min(rest, r.randint(0, 3)) if g_hi >= 0 else 0
            for _ in range(n_kids):
                people.append([5, 3, 2, r.random() < 0.5, r.randint(max(0, g_hi - 20), g_hi), 1])
            rest -= n_kids
        # a third family: a lodger relative with their own KK
        if rest >= 2 and r.random() < 0.12:
            age = r.randint(20, 45)
            male = r.random() < 0.5
            people.append([8, 1, 3, male, age, 2 if rest >= 2 else 1])
            people.append([8, 2, 3, not male, max(18, age + r.randint(-3, 5)), 2])
            rest -= 2
        if rest >= 1 and krt_age < 62 and r.random() < 0.12:
            people.append([6, 6, 1, r.random() < 0.3, min(95, krt_age + r.randint(20, 32)),
                           4 if r.random() < 0.8 else 2])
            rest -= 1
        kids: list[list[Any]] = []
        for _ in range(rest):
            if hi >= 0:
                age = r.randint(lo, hi)
                status = 1 if age < 25 or r.random() < 0.8 else 3
                kids.append([3, 3, 1, r.random() < 0.5, age, status])
            elif krt_age >= 40:
                kids.append([5, 5, 1, r.random() < 0.5, r.randint(0, krt_age - 38), 1])
            else:
                kids.append([8, 8, 1, r.random() < 0.5, r.randint(10, 30), 1])
        kids.sort(key=lambda p: -p[4])
        fam1 = [p for p in people if p[2] == 1]
        others = [p for p in people if p[2] != 1]
        krt_spouse = fam1[:2] if married else fam1[:1]
        parents = [p for p in fam1 if p[0] == 6]
        roster = krt_spouse + kids + parents + others
        renumber = {old: new for new, old in enumerate(sorted({p[2] for p in roster}), start=1)}
        for p in roster:  # families 1..k without gaps (a lodger family may exist without a second one)
            p[2] = renumber[p[2]]
        return roster

    # ---- one household
    def household(self, idx: int, rows: dict[str, list[tuple[Any, ...]]]) -> tuple[int, int]:
        r = self.r
        ids = self.ids
        ids["ruta"] += 1
        ruta_id = ids["ruta"]
        self.prelist += 1
        status = STATUS_RUTA(r)
        usulan = status == 7
        wealth = r.random() * (0.7 if usulan else 1.0)
        poor = wealth < 0.55
        rw_i = idx * self.n_rw // max(1, self.households)
        rw = rw_i + 1
        rt = 1 + (idx * self.n_rw * self.n_rt // max(1, self.households)) % self.n_rt
        street = r.choice(self.rw_streets[rw_i])
        gang = ""
        x = r.random()
        if x < 0.45:
            gang = f" Gg. {r.choice(_ROMAN[:8])}"
        elif x < 0.6:
            gang = f" Gg. {r.choice(N.GANG_NAMES)}"
        alamat = f"{street}{gang} No. {r.randint(1, 120)}"
        if r.random() < 0.15:
            alamat += r.choice(("A", "B", "C"))

        group = self.groups(r)
        fam_part = self._family_part(group)
        people = self._compose(SIZE(r))
        n_fam = max(p[2] for p in people)

        # families
        fam_ids = []
        for nuk in range(1, n_fam + 1):
            ids["keluarga"] += 1
            fam_ids.append(ids["keluarga"])
            rows["keluarga"].append((ids["keluarga"], self.uid(), ruta_id, nuk, self._no_kk()))

        # who is verified / how
        verified = status is not None
        if status in (2, 3):
            art_default = 5 if status == 2 else 3
        else:
            art_default = 1 if verified else None
        idbdt = None if usulan else f"{self.kel_plain}{ruta_id:08d}"

        # housing (Blok III)
        ruta_row = self._housing(wealth, poor, len(people))
        assets = self._assets(wealth)
        kids_school = any(6 <= p[4] <= 21 for p in people)
        prog = self._programmes(wealth, kids_school)

        # members
        krt_name = ""
        tag_rows = rows["sumber_tag"]
        school_kids: list[tuple[int, int]] = []  # (anggota_id, age)
        college: list[int] = []
        under5: list[int] = []
        fam_names: dict[int, str | None] = {1: fam_part, 2: fam_part, 3: self._family_part(group)}
        wife_names: dict[int, str] = {}
        for no, (hub_krt, hub_kk, nuk, male, age, kawin) in enumerate(people, start=1):
            ids["anggota"] += 1
            aid = ids["anggota"]
            female = not male
            if group[0] == "batak" and female and hub_kk in (1, 2):
                nama = self._name(male, group, None)  # wives keep their own marga
            elif hub_krt in (4, 6) or (hub_kk == 2 and hub_krt != 8):
                nama = self._name(male, group, None)
            else:
                nama = self._name(male, group, fam_names[nuk], carry=hub_kk == 1)
            if female and hub_kk in (1, 2):
                wife_names[nuk] = nama  # the mother of this family's children
            if no == 1:
                krt_name = nama
            birth = self._birth(age)
            person = self._person(aid, ruta_id, fam_ids[nuk - 1], no, nama, hub_krt, hub_kk, male, age, birth,
                                  kawin, art_default, status, wealth, prog, idbdt, wife_names, nuk)
            rows["anggota"].append(person)
            part = person[_ART_PART]
            if 6 <= age <= 21 and part == 1:
                school_kids.append((aid, age))
            if 18 <= age <= 24 and person[_ART_PEND] == 10 and part == 1:
                college.append(aid)
            if age < 5:
                under5.append(aid)

        # sources (SumberTag) and the Jakarta programme flags they imply
        tags = self._sources(ruta_id, usulan, idbdt, wealth, school_kids, college, under5)
        tag_rows.extend(tags)
        flagged = {t[2]: t[3] for t in tags if t[2] is not None}
        if flagged:
            arts = rows["anggota"]
            for j in range(len(arts) - len(people), len(arts)):
                row = arts[j]
                src = flagged.get(row[0])
                if src == "kjp":
                    arts[j] = row[:_ART_KJP] + (True,) + row[_ART_KJP + 1:]
                elif src == "kjmu":
                    arts[j] = row[:_ART_KJMU] + (True,) + row[_ART_KJMU + 1:]
                elif src == "stunting":
                    arts[j] = row[:_ART_KAJ] + (True,) + row[_ART_KAJ + 1:]

        # Blok I/II and state
        if verified:
            tgl = VERVAL_START + dt.timedelta(days=r.randrange(VERVAL_DAYS))
            final = r.random() < 0.6
            petugas = r.choice(N.PETUGAS)
            tgl_periksa = tgl + dt.timedelta(days=r.randint(0, 3)) if final else None
            pemeriksa = r.choice(N.PEMERIKSA) if final else None
            state = "final" if final else "draf"
        else:
            tgl = tgl_periksa = petugas = pemeriksa = None
            state = "draf"
        if status in (2, 3):  # not found / moved: keep the prelist's counts
            jumlah_art, jumlah_kel = len(people), n_fam
        else:  # as rules._check_roster counts: members living there now (status_art 1/6 or not yet verified)
            active = [row[_ART_NUK] for row in rows["anggota"][-len(people):] if row[_ART_STATUS] in (None, 1, 6)]
            jumlah_art, jumlah_kel = len(active), len(set(active))
        head = (ruta_id, self.uid(), self.kel.kode, self.tahap_id, idbdt, "usulan_baru" if usulan else "perbaikan",
                state, 1, CREATED_AT, CREATED_AT, f"RT {rt:03d} RW {rw:03d}", f"{rw:03d}", f"{rt:03d}", alamat,
                self.prelist, krt_name, jumlah_art, jumlah_kel, tgl, petugas, tgl_periksa, pemeriksa, status)
        rows["ruta"].append(head + ruta_row + assets + prog)
        return n_fam, len(people)

    def _housing(self, w: float, poor: bool, n: int) -> tuple[Any, ...]:
        r = self.r
        x = r.random()
        if x < 0.42 + 0.3 * w:
            sta_bangunan = 1
        elif x < 0.9:
            sta_bangunan = 2
        else:
            sta_bangunan = 3 if x < 0.97 else (4 if x < 0.985 else 5)
        if sta_bangunan == 1:
            y = r.random()
            sta_lahan = 1 if y < 0.8 else (3 if y < 0.95 else 4)
        else:
            sta_lahan = 2 if r.random() < 0.9 else 3
        luas = int(min(120, max(12, 12 + w * 55 + n * 5 + r.gauss(0, 10))))
        lantai = LANTAI_POOR(r) if poor else LANTAI_RICH(r)
        dinding = DINDING(r)
        kondisi_dinding = 2 if (dinding != 1 or r.random() < 0.35 * (1 - w)) else 1
        atap = ATAP(r)
        kondisi_atap = 2 if r.random() < 0.4 * (1 - w) else 1
        kamar = max(1, min(6, luas // 25 + (1 if r.random() < 0.3 else 0)))
        air = AIR(r)
        meter = f"{r.randrange(10**9, 10**10)}" if air == 3 else None
        cara = 2 if air == 3 else (1 if air in (1, 2, 4) else 3)
        y = r.random()
        terang = 1 if y < 0.97 else (2 if y < 0.995 else 3)
        daya = (DAYA_POOR(r) if poor else DAYA_RICH(r)) if terang == 1 else None
        pln = f"5{r.randrange(10**10, 10**11)}" if daya is not None and daya != 6 else None
        bb = BB_MASAK(r)
        gas = f"GK{r.randrange(10**7, 10**8)}" if bb == 4 else None
        fasbab = FASBAB(r) if poor else (1 if r.random() < 0.95 else 2)
        kloset = KLOSET(r) if fasbab != 4 else None
        tinja = TINJA(r) if fasbab != 4 else None
        return (sta_bangunan, sta_lahan, luas, lantai, dinding, kondisi_dinding, atap, kondisi_atap, kamar, air,
                meter, cara, terang, daya, pln, bb, gas, fasbab, kloset, tinja)

    def _assets(self, w: float) -> tuple[Any, ...]:
        rnd = self.r.random
        atb = rnd() < 0.02 + 0.15 * w
        kambing = self.r.randint(1, 5) if rnd() < 0.01 else 0
        return (rnd() < 0.1 + 0.5 * w, rnd() < 0.35 + 0.55 * w, rnd() < 0.02 + 0.45 * w, rnd() < 0.01 + 0.1 * w,
                rnd() < 0.1 + 0.3 * w, rnd() < 0.75 + 0.22 * w, rnd() < 0.05 + 0.4 * w, rnd() < 0.05 + 0.45 * w,
                rnd() < 0.15 + 0.2 * w, rnd() < 0.35 + 0.5 * w, rnd() < 0.18 * w * w, rnd() < 0.003,
                rnd() < 0.002, rnd() < 0.002, rnd() < 0.001,
                atb, self.r.randint(20, 500) if atb else None, rnd() < 0.01 + 0.08 * w,
                0, 0, 0, 0, kambing, rnd() < 0.25)

    def _programmes(self, w: float, kids_school: bool) -> tuple[bool, ...]:
        rnd = self.r.random
        p = 1 - w
        return (rnd() < 0.4 * p, kids_school and rnd() < 0.35 * p, rnd() < 0.1 + 0.6 * p, rnd() < 0.15 + 0.4 * w,
                rnd() < 0.1 + 0.3 * w, rnd() < 0.01 + 0.1 * w, rnd() < 0.3 * p, rnd() < 0.35 * p, rnd() < 0.03)

    def _education(self, age: int, w: float) -> tuple[int, int | None, int | None, int | None]:
        """(partisipasi_sekolah, pendidikan, kelas, ijazah) coherent with age; education None when never schooled."""
        r = self.r
        x = r.random()
        if age < 6 or (age == 6 and x < 0.5):
            return 0, None, None, None
        if age <= 12:
            if x < 0.02:
                return 0, None, None, None
            return 1, (3 if r.random() < 0.15 else 1), min(6, max(1, age - 6)), 0
        if age <= 15:
            if x < 0.92:
                return 1, (6 if r.random() < 0.15 else 4), min(3, max(1, age - 12)), 1
            return (2, 1, 8, 1) if r.random() < 0.7 else (2, 1, r.randint(4, 6), 0)
        if age <= 18:
            if x < 0.55 + 0.35 * w:
                return 1, (9 if r.random() < 0.1 else 7), min(3, max(1, age - 15)), 2
            return (2, 4, 8, 2) if r.random() < 0.8 else (2, 1, 8, 1)
        if age <= 23 and x < 0.05 + 0.35 * w:
            return 1, 10, min(7, max(1, age - 18)), 3
        # adults: highest completed level
        never = 0.01 if age < 40 else (0.05 if age < 60 else 0.12)
        if r.random() < never:
            return 0, None, None, None
        old = age >= 50
        level = EDU_LOW(r) if (w < 0.5 or old) else EDU_HIGH(r)
        if level is None:  # did not finish SD
            return 2, 1, r.randint(2, 5), 0
        pend, ijazah = level
        if age < 23 and pend == 10:
            pend, ijazah = 7, 3
        return 2, pend, 8, ijazah

    def _person(self, aid: int, ruta_id: int, kel_id: int, no: int, nama: str, hub_krt: int, hub_kk: int,
                male: bool, age: int, birth: dt.date, kawin: int, art_default: int | None, status: int | None,
                w: float, prog: tuple[bool, ...], idbdt: str | None, wife_names: dict[int, str],
                nuk: int) -> tuple[Any, ...]:
        r = self.r
        rnd = r.random
        female = not male
        if age < 17 and rnd() < 0.07:
            nik, place = None, ("Jakarta" if rnd() < 0.85 else r.choice(N.BIRTH_PLACES_OTHER))
        else:
            nik, place = self._nik(birth, female)
        akta = None if kawin == 1 else (1 if rnd() < 0.8 else (2 if rnd() < 0.6 else 0))  # skipped if belum kawin
        tercantum = 1 if rnd() < 0.97 else 2
        ident = 0
        if rnd() < (0.9 if age < 25 else 0.55):
            ident |= 1
        if nik is not None and age >= 17 and rnd() < 0.97:
            ident |= 4
        if 17 <= age <= 65 and rnd() < 0.1 + 0.3 * w:
            ident |= 8
        hamil = None  # asked of women aged 10–54 (rules.HAMIL_AGES); only a married woman of 15–45 is ever 1
        if female and 10 <= age <= 54:
            hamil = 1 if kawin == 2 and 15 <= age <= 45 and rnd() < 0.04 else 2
        cacat = CACAT(r) if rnd() < (0.015 if age < 60 else 0.05) else 0
        kronis = KRONIS(r) if rnd() < (0.02 if age < 40 else (0.12 if age < 60 else 0.3)) else 0
        part, pend, kelas, ijazah = self._education(age, w)
        if part == 1 and 12 <= age <= 18 and rnd() < 0.6:
            ident |= 2
        if age < 5:
            bekerja = jam = lapangan = sp = None
        else:
            if age < 15:
                p_work = 0.02
            elif age >= 65:
                p_work = 0.25
            elif part == 1:
                p_work = 0.1
            else:
                p_work = 0.82 if male else 0.45
            if rnd() < p_work:
                bekerja, jam = 1, max(1, min(98, JAM(r) + r.randint(-4, 4)))
                lapangan = LAPANGAN(r) if not (w < 0.2 and rnd() < 0.1) else 20
                sp = STATUS_KERJA(r) if age >= 15 else 8
            else:
                bekerja = 2
                jam = lapangan = sp = None
        if status == 1 and hub_krt != 1 and rnd() < 0.06:  # meninggal/pindah/ART baru only in a visited DTKS ruta
            art = STATUS_ART_OTHER(r)
            if art == 2 and age < 40 and rnd() < 0.8:
                art = 1
        else:
            art = art_default
        if hub_kk in (3, 5) or hub_krt == 3:  # a child of this family, or the KRT's married child heading another
            ibu = wife_names.get(nuk if hub_kk in (3, 5) else 1)
        else:
            ibu = None
        if ibu is None:
            ibu = self._given(False, self.groups(r)) + (" " + r.choice(N.FEMALE_SECOND) if rnd() < 0.5 else "")
        domisili = 1 if rnd() < 0.9 else 2
        idart = f"{idbdt}{no:02d}" if idbdt and art != 6 else None
        kks, kip_r, kis, _mandiri, _jams, _asur, pkh, rastra, _kur = prog
        is_head = hub_kk == 1
        return (aid, self.uid(), ruta_id, kel_id, idart, no, nama, nik, hub_krt, hub_kk, 1 if male else 2, place,
                birth, kawin, akta, tercantum, ident, hamil, cacat, kronis, part, pend, kelas, ijazah, bekerja, jam,
                lapangan, sp, art, ibu, domisili,
                kks and is_head, kis and rnd() < 0.95, kip_r and part == 1 and age <= 21, pkh and (is_head or age < 19),
                rastra and is_head, False, False, False)

    def _sources(self, ruta_id: int, usulan: bool, idbdt: str | None, w: float, school: list[tuple[int, int]],
                 college: list[int], under5: list[int]) -> list[tuple[Any, ...]]:
        """SumberTag rows: (id, ruta_id, anggota_id, sumber, desil, ref, batch, created_at)."""
        r = self.r
        out: list[tuple[Any, ...]] = []

        def tag(sumber: str, anggota_id: int | None = None, desil: int | None = None, ref: str | None = None) -> None:
            self.ids["sumber_tag"] += 1
            out.append((self.ids["sumber_tag"], ruta_id, anggota_id, sumber, desil, ref, "demo", CREATED_AT))

        def extra(candidates: list[str]) -> None:
            if not candidates:
                return
            s = candidates[r.randrange(len(candidates))]
            if s == "p3ke":
                tag("p3ke", desil=min(4, 1 + int(w * 4)), ref=f"P3KE-{ruta_id:07d}")
            elif s == "kjp":
                tag("kjp", anggota_id=r.choice(school)[0])
            elif s == "kjmu":
                tag("kjmu", anggota_id=r.choice(college))
            else:
                tag("stunting", anggota_id=r.choice(under5))

        optional = (["kjp"] if school else []) + (["kjmu"] if college else []) + (["stunting"] if under5 else [])
        if usulan:
            tag("usulan_baru")
            if optional and r.random() < 0.3:
                extra(optional)
            return out
        if idbdt is not None:
            tag("dtks", ref=idbdt)
        if r.random() < 0.35:
            extra(["p3ke"] + optional)
        return out


# Column order of the tuples built above (must match the table definitions' column order).
_RUTA_COLS = (
    "id", "uid", "kelurahan_kode", "tahap_id", "idbdt", "jenis", "record_state", "revision", "created_at",
    "updated_at", "nama_sls", "rw", "rt", "alamat", "nomor_urut_prelist", "nama_krt", "jumlah_art",
    "jumlah_keluarga", "tanggal_verval", "nama_petugas", "tanggal_pemeriksaan", "nama_pemeriksa", "status_verval",
    "sta_bangunan", "sta_lahan", "luas_lantai", "lantai", "dinding", "kondisi_dinding", "atap", "kondisi_atap",
    "jumlah_kamar", "sumber_airminum", "nomor_meter_air", "cara_peroleh_airminum", "sumber_penerangan", "daya",
    "nomor_pln", "bb_masak", "nomor_gas", "fasbab", "kloset", "buang_tinja",
    "ada_tabung_gas", "ada_lemari_es", "ada_ac", "ada_pemanas", "ada_telepon", "ada_tv", "ada_emas", "ada_laptop",
    "ada_sepeda", "ada_motor", "ada_mobil", "ada_perahu", "ada_motor_tempel", "ada_perahu_motor", "ada_kapal",
    "aset_tak_bergerak", "luas_atb", "rumah_lain", "jumlah_sapi", "jumlah_kerbau", "jumlah_kuda", "jumlah_babi",
    "jumlah_kambing", "sta_art_usaha",
    "sta_kks", "sta_kip", "sta_kis", "sta_bpjs_mandiri", "sta_jamsostek", "sta_asuransi", "sta_pkh", "sta_rastra",
    "sta_kur",
)
_KELUARGA_COLS = ("id", "uid", "ruta_id", "nomor_urut", "no_kk")
_ANGGOTA_COLS = (
    "id", "uid", "ruta_id", "keluarga_id", "idartbdt", "no_urut", "nama", "nik", "hub_krt", "hub_kk",
    "jenis_kelamin", "tempat_lahir", "tanggal_lahir", "status_kawin", "akta_nikah", "tercantum_kk",
    "kartu_identitas", "hamil", "jenis_cacat", "penyakit_kronis", "partisipasi_sekolah", "pendidikan", "kelas",
    "ijazah", "bekerja", "jam_kerja", "lapangan_usaha", "status_pekerjaan", "status_art", "nama_ibu_kandung",
    "domisili_sesuai_ktp", "ada_kks", "ada_pbi", "ada_kip", "ada_pkh", "ada_bpnt", "kjp_plus", "kjmu", "kaj",
)
_SUMBER_COLS = ("id", "ruta_id", "anggota_id", "sumber", "desil", "ref", "batch", "created_at")
_ART_PART = _ANGGOTA_COLS.index("partisipasi_sekolah")
_ART_NUK = _ANGGOTA_COLS.index("keluarga_id")
_ART_STATUS = _ANGGOTA_COLS.index("status_art")
_ART_PEND = _ANGGOTA_COLS.index("pendidikan")
_ART_KJP = _ANGGOTA_COLS.index("kjp_plus")
_ART_KJMU = _ANGGOTA_COLS.index("kjmu")
_ART_KAJ = _ANGGOTA_COLS.index("kaj")

_TABLES = (("ruta", Ruta.__table__, _RUTA_COLS), ("keluarga", Keluarga.__table__, _KELUARGA_COLS),
           ("anggota", Anggota.__table__, _ANGGOTA_COLS), ("sumber_tag", SumberTag.__table__, _SUMBER_COLS))


def _resolve_tahap(conn: Connection, tahap_id: int | None) -> int | None:
    if tahap_id is not None:
        return tahap_id
    return conn.execute(select(Tahap.id).where(Tahap.tahun == 2023, Tahap.nomor == 1)).scalar()


def _ensure_wilayah(conn: Connection, kel: reference.Region) -> None:
    """The ruta's foreign key needs the kelurahan row; migrate.py seeds it, a bare schema may not have it."""
    if conn.execute(select(Wilayah.kode).where(Wilayah.kode == kel.kode)).first() is None:
        conn.execute(insert(Wilayah), [{"kode": kel.kode, "nama": kel.nama, "tingkat": kel.tingkat,
                                        "induk": kel.induk, "kode_bps": kel.kode_bps}])


def _fill(gen: _Generator, writer: BulkWriter, households: int, totals: dict[str, int], progress: Progress,
          cancel: CancelToken | None) -> int:
    done = 0
    while done < households:
        if cancel is not None:
            cancel.check()
        n = min(BATCH_HOUSEHOLDS, households - done)
        rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name, _, _ in _TABLES}
        for i in range(done, done + n):
            fams, members = gen.household(i, rows)
            totals["keluarga"] += fams
            totals["anggota"] += members
        for name, table, cols in _TABLES:
            writer.write(table, cols, writer.convert_dates(table, cols, rows[name]))
        done += n
        totals["ruta"] = done
        progress(done, households, "demo")
    return done


def generate_demo(engine: Engine, *, households: int = 300, seed: int = 1, kelurahan_kode: str = "31.71.01.1001",
                  tahap_id: int | None = None, progress: Progress = no_progress,
                  cancel: CancelToken | None = None) -> DemoStats:
    """Fill one kelurahan with ``households`` synthetic households (appending to what is there).

    Deterministic for a given seed on a given database state. Raises ``UnknownRegion`` for a code that is not a
    kelurahan and ``jobs.Cancelled`` when cancelled (everything rolled back).
    """
    kel = reference.kelurahan(kelurahan_kode)
    totals = {"ruta": 0, "keluarga": 0, "anggota": 0}
    with engine.connect() as conn:
        is_sqlite = conn.dialect.name == "sqlite"
        old_sync = conn.exec_driver_sql("PRAGMA synchronous").scalar() if is_sqlite else None
        if is_sqlite:  # a crash mid-job loses only this job's transaction; restored below
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
        conn.commit()  # end the autobegun transaction so the job's own one starts clean
        try:
            with conn.begin():
                _ensure_wilayah(conn, kel)
                tahap = _resolve_tahap(conn, tahap_id)
                ids = {name: conn.execute(select(func.coalesce(func.max(t.c.id), 0))).scalar_one()
                       for name, t, _ in _TABLES}
                prelist = conn.execute(select(func.coalesce(func.max(Ruta.nomor_urut_prelist), 0))
                                       .where(Ruta.kelurahan_kode == kel.kode)).scalar_one()
                serials = _Serials()
                if ids["anggota"] or ids["keluarga"]:
                    serials.load(conn.execute(select(Anggota.nik).where(Anggota.nik.is_not(None))).scalars().all())
                    serials.load(conn.execute(select(Keluarga.no_kk).where(Keluarga.no_kk.is_not(None)))
                                 .scalars().all())
                # Mixing the starting id into the seeds keeps a second run on the same database from repeating uids.
                rnd = random.Random(f"siks-demo:{seed}:{ids['ruta']}")
                uid_rnd = random.Random(f"siks-demo-uid:{seed}:{ids['ruta']}")
                gen = _Generator(rnd, uid_rnd, kel, households, serials, ids, prelist, tahap)
                writer = BulkWriter(conn)
                progress(0, households, "demo")
                with bulk_load(conn):  # FTS triggers suspended, new rows indexed at the end (db/search_index.py)
                    _fill(gen, writer, households, totals, progress, cancel)
                if cancel is not None:
                    cancel.check()
        finally:
            if is_sqlite and old_sync is not None:
                conn.exec_driver_sql(f"PRAGMA synchronous={int(old_sync)}")
                conn.commit()
    return DemoStats(households=totals["ruta"], families=totals["keluarga"], members=totals["anggota"])


__all__ = ["DemoStats", "generate_demo"]
