"""Exact and near-duplicate fingerprints on two versions of one (made-up) wire story."""

from __future__ import annotations

from duiding.ingest import (
    NEAR_DUPLICATE_THRESHOLD,
    content_hash,
    lsh_bands,
    minhash_signature,
    read_text_article,
    similarity,
)

WIRE = [
    (
        "Het Openbaar Ministerie heeft dinsdag twee mannen aangeklaagd voor de brand in een distributiecentrum in "
        "Veenhoven. Volgens justitie staken de verdachten het pand in september opzettelijk in brand."
    ),
    (
        "Bij de brand raakte niemand gewond, maar de schade loopt volgens de eigenaar in de miljoenen. Honderdtwintig "
        "medewerkers konden wekenlang niet aan het werk."
    ),
    (
        "De advocaat van een van de verdachten zegt dat zijn cliënt onschuldig is. „Mijn cliënt was die nacht niet "
        "eens in de buurt”, aldus de advocaat. De rechtszaak begint in het voorjaar."
    ),
    (
        "Het distributiecentrum is inmiddels gedeeltelijk herbouwd. De eigenaar verwacht dat het in de zomer weer "
        "volledig in gebruik is."
    ),
]
SITE_A = "Home | Nieuws | Binnenland\n\nTwee mannen aangeklaagd voor brand in Veenhoven\n\n" + "\n\n".join(WIRE)
SITE_B = (
    "Menu\nNieuws\nRegio\nSport\n\nVerdachten brand distributiecentrum voor de rechter\n\nDoor onze redactie\n\n"
    + "\n\n".join(WIRE[:2] + ["Een van de verdachten werkte eerder bij het bedrijf, meldt een ingewijde."] + WIRE[2:])
    + "\n\nLEES OOK: Brandweer waarschuwt voor accu's in opslag"
)
OTHER = (
    "De gemeente Veenhoven opent in het voorjaar een nieuwe bibliotheek in het oude postkantoor. Wethouder Kim "
    "Lansink zei dat het gebouw daarmee een tweede leven krijgt. De verbouwing kost vier miljoen euro en begint "
    "na de zomer. Omwonenden zijn blij met de plannen, want het pand stond jaren leeg."
)


def test_content_hash_ignores_whitespace_case_and_quote_style():
    a = "„Mijn cliënt was die nacht niet in de buurt”, aldus de advocaat."
    b = '  ,,mijn cliënt  was die nacht\nniet in de buurt",   Aldus de advocaat. '
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace("niet", "wel"))


def test_same_wire_story_on_two_sites_is_a_near_duplicate():
    a, b = read_text_article(SITE_A, "a.txt"), read_text_article(SITE_B, "b.txt")
    assert a.id != b.id  # a sentence was added: not the exact same text
    sig_a, sig_b = minhash_signature(a.text), minhash_signature(b.text)
    assert len(sig_a) == 64
    assert similarity(sig_a, sig_b) >= NEAR_DUPLICATE_THRESHOLD
    assert set(lsh_bands(sig_a)) & set(lsh_bands(sig_b))


def test_unrelated_story_is_not_a_near_duplicate():
    a = read_text_article(SITE_A, "a.txt")
    sig_a, sig_o = minhash_signature(a.text), minhash_signature(OTHER)
    assert similarity(sig_a, sig_o) < 0.2
    assert not set(lsh_bands(sig_a)) & set(lsh_bands(sig_o))


def test_signature_is_deterministic_and_bands_are_prefixed():
    sig = minhash_signature(OTHER)
    assert sig == minhash_signature(OTHER)
    bands = lsh_bands(sig)
    assert len(bands) == 16 and len(set(bands)) == 16
    assert [b.split(":")[0] for b in bands] == [f"{i:02d}" for i in range(16)]
    assert similarity(sig, sig) == 1.0
