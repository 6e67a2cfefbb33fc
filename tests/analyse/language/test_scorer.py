"""The conlleval-style scorer behind ``duiding eval ner``, checked against counts worked out by hand."""

from __future__ import annotations

from pathlib import Path

from duiding.analyse.language.conll import chunks, fold_tag, read_conll, score

SNIPPET = """-DOCSTART- -DOCSTART- O
Minister N B-PER
Sanne N I-PER
Bakker N I-PER
bezocht V O
Gent N B-LOC
. Punc O

Het Art O
Rode N B-ORG
Kruis N I-ORG
hielp V O
. Punc O

-DOCSTART- -DOCSTART- O
De Art O
Franse Adj B-MISC
premier N O
sprak V O
met Prep O
Jansen N B-PER
over Prep O
de Art O
Tour N B-EVE
. Punc O
"""


def test_chunks_follow_conlleval_rules() -> None:
    assert chunks(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]
    assert fold_tag("B-PRO") == "B-MISC" and fold_tag("I-EVE") == "I-MISC" and fold_tag("O") == "O"


def test_reader_splits_documents_and_folds_types(tmp_path: Path) -> None:
    path = tmp_path / "mini.conll"
    path.write_text(SNIPPET, encoding="utf-8")
    docs = read_conll(path)
    assert [len(d) for d in docs] == [2, 1]
    assert docs[1][0].tags[8] == "B-MISC"  # EVE folded
    assert docs[0][0].tokens[:3] == ["Minister", "Sanne", "Bakker"]


def test_scores_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "mini.conll"
    path.write_text(SNIPPET, encoding="utf-8")
    gold = [s.tags for d in read_conll(path) for s in d]
    # prediction: person without the title (wrong span), Gent right, Rode Kruis as LOC (wrong type),
    # Franse right, Jansen right, Tour missed, one spurious ORG on "premier".
    pred = [
        ["O", "B-PER", "I-PER", "O", "B-LOC", "O"],
        ["O", "B-LOC", "I-LOC", "O", "O"],
        ["O", "B-MISC", "B-ORG", "O", "O", "B-PER", "O", "O", "O", "O"],
    ]
    s = score(zip(gold, pred)).as_dict()
    overall = s["overall"]
    # gold 6 entities, predicted 6, correct 3 (Gent, Franse, Jansen)
    assert (overall["gold"], overall["predicted"], overall["correct"]) == (6, 6, 3)
    assert overall["precision"] == 0.5 and overall["recall"] == 0.5 and overall["f1"] == 0.5
    per = s["per_type"]
    assert per["PER"]["correct"] == 1 and per["PER"]["gold"] == 2 and per["PER"]["predicted"] == 2
    assert per["ORG"]["precision"] == 0.0 and per["ORG"]["gold"] == 1
    assert per["MISC"]["recall"] == 0.5
    assert s["tokens"] == 21
