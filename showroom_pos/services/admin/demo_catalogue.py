"""The demo showroom's catalogue: Pekalongan names, villages and banks for its makers, batik
and craft goods with their prices, and the makers registered through the stock services."""

from __future__ import annotations

import random

from showroom_pos.domain.kinds import Technique
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock import makers
from showroom_pos.services.stock.types import ItemFields, MakerInput

FIRST_NAMES = (
    "Siti",
    "Ahmad",
    "Nur",
    "Muhammad",
    "Sri",
    "Agus",
    "Dewi",
    "Fatimah",
    "Hasan",
    "Aminah",
    "Rohmat",
    "Khotimah",
    "Slamet",
    "Zaenal",
    "Umi",
    "Bambang",
    "Lilis",
    "Imam",
    "Yuliani",
    "Mustofa",
    "Nining",
    "Abdul",
    "Maryam",
    "Teguh",
    "Wahyu",
)
LAST_NAMES = (
    "Aminah",
    "Fauzi",
    "Hidayah",
    "Rohman",
    "Lestari",
    "Santoso",
    "Mubarok",
    "Zulaikha",
    "Setiawan",
    "Hakim",
    "Wibowo",
    "Nuraini",
    "Syafii",
    "Maulana",
    "Rahayu",
    "Kurniawan",
    "Anwar",
    "Susanti",
    "Haryanto",
    "Fitriani",
)
VILLAGES = (
    "Kauman",
    "Pesindon",
    "Kradenan",
    "Buaran",
    "Pasirsari",
    "Landungsari",
    "Setono",
    "Banyurip",
    "Jenggot",
    "Wiradesa",
    "Pekajangan",
)
BANKS = ("BRI", "BNI", "Bank Jateng", "BSI", "Mandiri")
MOTIFS = (
    "Jlamprang",
    "Buketan",
    "Tujuh Rupa",
    "Sekar Jagad",
    "Semen",
    "Liong",
    "Pagi Sore",
    "Terang Bulan",
    "Hokokai",
    "Parang",
    "Kawung",
    "Truntum",
)
COLOURS = (
    "biru indigo",
    "sogan",
    "merah marun",
    "hijau pupus",
    "kuning kunyit",
    "hitam",
    "ungu",
    "pink salem",
)
BATIK_GOODS = (
    ("kain panjang", "Kain panjang", "2,4 x 1,05 m"),
    ("sarung", "Sarung", "2 x 1,1 m"),
    ("selendang", "Selendang", "2 x 0,5 m"),
    ("kemeja", "Kemeja", "L"),
    ("blus", "Blus", "M"),
    ("dress", "Dress", "M"),
)
CRAFT_GOODS = (
    ("tas", "Tas anyaman", 85_000),
    ("dompet", "Dompet batik", 45_000),
    ("kerajinan", "Wayang kulit mini", 120_000),
    ("makanan", "Keripik usus", 25_000),
    ("minuman", "Kopi Owa", 55_000),
    ("aksesori", "Bros batik", 30_000),
)


def _price(rng: random.Random, technique: Technique) -> int:
    if technique == Technique.TULIS:
        return rng.choice((650, 850, 1_250, 1_750, 2_400, 3_500, 5_500)) * 1_000
    if technique == Technique.KOMBINASI:
        return rng.choice((375, 450, 525, 675, 850)) * 1_000
    if technique == Technique.CAP:
        return rng.choice((150, 175, 225, 265, 325, 450, 600)) * 1_000
    return rng.choice((95, 125, 150, 185)) * 1_000


def random_item(rng: random.Random) -> tuple[ItemFields, int]:
    """A piece of batik or craft goods drawn at random, and how many of it arrive."""
    roll = rng.random()
    if roll < 0.12:
        category, name, price = rng.choice(CRAFT_GOODS)
        return ItemFields(name, category, Technique.NON_BATIK.value, price), rng.randint(3, 12)
    technique = (
        Technique.TULIS
        if roll < 0.40
        else Technique.CAP
        if roll < 0.75
        else Technique.KOMBINASI
        if roll < 0.88
        else Technique.PRINTING
    )
    category, noun, size = rng.choice(BATIK_GOODS)
    motif = rng.choice(MOTIFS)
    label = "printing" if technique == Technique.PRINTING else technique.value
    fields = ItemFields(
        f"{noun} {label} {motif}",
        category,
        technique.value,
        _price(rng, technique),
        motif=motif,
        material=rng.choice(("katun primisima", "sutra", "katun prima")),
        size=size,
        colour=rng.choice(COLOURS),
        batikmark_cert=(
            f"BM-{rng.randint(1000, 9999)}"
            if technique != Technique.PRINTING and rng.random() < 0.3
            else None
        ),
        unique_piece=technique == Technique.TULIS,
    )
    quantity = 1 if technique == Technique.TULIS else rng.randint(2, 8)
    return fields, quantity


def add_makers(
    ledger: Ledger, rng: random.Random, staff: Actor, supervisor: Actor, count: int
) -> list[str]:
    """Register `count` makers drawn at random; their codes."""
    codes = []
    for number in range(1, count + 1):
        code = f"PKL{number:03d}" if count < 1000 else f"PKL{number:04d}"
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        kind = rng.choice(("Batik Tulis", "Batik Cap", "Batik", "Griya Batik"))
        commission = rng.choice((0, 0, 0, 500, 1000))
        data = MakerInput(
            code=code,
            name=name,
            business_name=f"{kind} {name.split()[0]} {number}",
            nik=f"3375{rng.randint(10**11, 10**12 - 1)}",
            nib=f"{rng.randint(10**12, 10**13 - 1)}",
            phone=f"08{rng.randint(11, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            address=f"Jl. {rng.choice(MOTIFS)} No. {rng.randint(1, 120)}",
            village=rng.choice(VILLAGES),
            bank_name=rng.choice(BANKS),
            bank_account=str(rng.randint(10**9, 10**15 - 1)),
            bank_account_holder=name,
            commission_bp=commission,
        )
        # Staff register makers; a commission other than zero is a supervisor's decision.
        makers.add_maker(ledger, actor=supervisor if commission else staff, data=data)
        codes.append(code)
    return codes
