"""Same-measure rules (NC101-NC104) and the mention linking they stand on."""

from __future__ import annotations

from pathlib import Path

import pytest

import numcheck
from numcheck.config import Config

NC1 = Config(select=("NC1",))


def findings(text: str) -> list[numcheck.Finding]:
    return [f for f in numcheck.check(text, config=NC1).findings if f.severity >= numcheck.Severity.WARNING]


def codes(text: str) -> list[str]:
    return [f.rule for f in findings(text)]


def test_seed_has_exactly_the_one_mismatch(seed_path: Path) -> None:
    report = numcheck.check_file(seed_path, config=NC1)
    loud = [f for f in report.findings if f.severity >= numcheck.Severity.WARNING]
    assert len(loud) == 1, [f.message for f in loud]
    f = loud[0]
    assert f.rule == "NC101"
    texts = [e.span.text for e in f.evidence]
    assert texts == ["11,000", "10,000"]
    assert f.evidence[0].source.kind == "narration"
    assert f.evidence[1].source.speaker and "Barros" in f.evidence[1].source.speaker
    assert "11,000 of them from North Korea (narration, para 3)" in f.message
    assert "10,000 soldiers (" in f.message and "The Times" in f.message


def test_message_names_values_sources_and_places() -> None:
    text = (
        "Ferry sinks off the coast\n"
        "The ferry was carrying 230 passengers when it sank, the coastguard said.\n"
        "Divers searched the wreck through the night.\n"
        '"We had 260 passengers on board," the ferry company told reporters.'
    )
    fs = findings(text)
    assert [f.rule for f in fs] == ["NC101"]
    assert "230 passengers (" in fs[0].message and "para 1" in fs[0].message
    assert "260 passengers (" in fs[0].message and "para 3" in fs[0].message
    assert [e.span.text for e in fs[0].evidence] == ["230", "260"]


def test_every_mention_of_a_repeated_figure_is_evidence() -> None:
    text = (
        "Mine rescue\n"
        "Rescuers found 33 trapped miners on Monday.\n"
        "The mine had been closed for a week.\n"
        "Families of the 33 trapped miners waited at the gate.\n"
        "Officials said 38 trapped miners were still underground."
    )
    fs = findings(text)
    assert len(fs) == 1 and len(fs[0].evidence) == 3


@pytest.mark.parametrize(
    "text",
    [
        # the whole and its named part in one sentence
        "Some 60,000 troops, 9,000 of them from Chad, are massed on the border.",
        # a rate against a total
        "Lead\nThe army has trained 9,000 recruits so far.\nIt hopes to train 1,000 recruits a month.",
        # a figure superseded over time
        "Lead\nInitially 30 people were reported missing.\nBy evening the number of missing had risen to 45 people.",
        # another year
        "Lead\nIn 2002 the charity housed 800 families.\nDonations have since fallen.\nIn 2003 it housed 650 families.",
        # relative frames
        "Lead\nLast year the hospital treated 9,000 patients.\nThe wing was rebuilt.\nThis year it treated 10,400 patients.",
        # different qualifiers
        "Lead\nAbout 3,000 Italian fans travelled to the game.\nThe ground was full.\nSome 2,000 Spanish fans travelled.",
        # a subset named by an adjective
        (
            "Lead\n"
            "The economy added 250,000 jobs in the month.\n"
            "Builders were busy.\n"
            "Many of the 40,000 construction jobs were temporary."
        ),
        # different things happened to them
        "Lead\nThe attack killed 14 people.\nThe city mourned.\nDoctors said 40 people were wounded in the attack.",
        # another entity's figure
        "Lead\nA poll of 1,000 voters found support for the plan.\nCampaigners were pleased.\nA rival poll asked 1,150 voters.",
        # small numbers of different entities in one paragraph
        "Lead\nThe home side had five players injured. The visitors had seven players out.",
        # a part of an unnamed whole
        "Lead\nPolice held 800 people overnight.\nThe protest was against a new tax.\nBy noon 300 of the people had been freed.",
        # an increment
        "Lead\nThe hospital has 400 nurses.\nIt is struggling to cope.\nA further 60 nurses will start next month.",
        # a place or date written as a capitalised noun is not a stock
        "Lead\nThe festival opens on 12 March.\nTickets sold out quickly.\nThe main show is on 19 March.",
        # the second figure belongs to a hypothetical
        (
            "Lead\n"
            "The army has 6,000 soldiers in the region.\n"
            "The plan was debated.\n"
            "If 4,000 soldiers were withdrawn, the line would break."
        ),
        # vague wording that tolerates the figure
        (
            "Lead\n"
            "Thousands of businesses are unprepared for the new law.\n"
            "Councils were warned.\n"
            "The law covers about 90,000 businesses."
        ),
    ],
)
def test_false_alarm_patterns_stay_quiet(text: str) -> None:
    assert codes(text) == []


def test_contrasted_sources_give_at_most_info() -> None:
    text = (
        "Battle claims\n"
        "The army says 900 rebels were killed in the battle.\n"
        "The rebels say only 150 rebels were killed in the battle."
    )
    report = numcheck.check(text, config=NC1)
    assert all(f.severity == numcheck.Severity.INFO for f in report.findings)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lead\nMore than 100 families were evacuated.\nThe fire spread fast.\nIn total 82 families were evacuated.", "NC104"),
        ("Lead\nDozens of homes were destroyed by the storm.\nIt was wet.\nOfficials said 3,000 homes were destroyed.", "NC102"),
        ("Storm destroys 70 homes\nThe council said 45 homes were destroyed by the storm.", "NC103"),
        ("Lead\nThe airline employs 5,200 staff.\nIt flies to 30 cities.\nIts 4,700 employees were told of the sale.", "NC101"),
    ],
)
def test_each_kind_of_conflict_goes_to_one_rule(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Lead\nSome 50,000 fans attended.\nThe match was a draw.\nThe club said 49,800 fans attended.",
        "Lead\nTens of thousands of people marched.\nThe march was calm.\nPolice said 50,000 people marched.",
        "Lead\nThe show drew 2.5 million viewers.\nIt topped the ratings.\nFigures showed 2,460,000 viewers watched.",
        "Lead\nUp to 300 staff could lose their jobs.\nThe firm is in talks.\nThe union said 250 staff could lose their jobs.",
    ],
)
def test_intervals_that_agree(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # different sessions of one event
        "Lead\nAbout 500 people attended the morning session.\nIt was busy.\nSome 700 people attended the evening session.",
        # a stock against a subset picked out by an event
        "Lead\nThe county has 120 schools.\nInspectors visited in May.\nInspectors rated 95 schools as good.",
        # different months
        "Lead\nThe hospital treated 340 patients in January.\nStaff worked overtime.\nIn February it treated 410 patients.",
        # different things done to them
        "Lead\nThe ferry carried 230 passengers and 40 crew.\nIt sank.\nRescuers pulled 180 passengers from the water.",
        # an expected figure against the actual one
        "Lead\nThe bank is cutting about 5,000 jobs.\nIt said so on Friday.\nAnalysts say 6,000 job losses had been expected.",
    ],
)
def test_different_frames_and_events_stay_quiet(text: str) -> None:
    assert codes(text) == []


def test_sources_set_against_each_other_are_a_note() -> None:
    text = "Claims\nThe army said 1,000 rebels were killed in the raid.\nThe rebels said only 200 rebels had died in the raid."
    report = numcheck.check(text, config=NC1)
    assert [f.severity for f in report.findings] == [numcheck.Severity.INFO]
    assert report.findings[0].message.startswith("Sources disagree: 1,000 rebels (the army, para 1) vs 200 rebels")


def test_headline_figure_without_a_noun() -> None:
    assert codes("Blast kills 9\nPolice said 14 people had been killed in the blast.") == ["NC103"]
    assert codes("Blast kills 14\nPolice said 14 people had been killed in the blast.") == []
    # a headline figure is matched only with counts of people that share what happened
    assert codes("Millions go missing at bank\nTwo officials at one of the banks have disappeared.") == []


def test_figures_of_different_owners_stay_quiet() -> None:
    assert codes("Lead\nChelsea have 25 players in the squad.\nIt is early.\nArsenal have 28 players available.") == []
    assert codes("Lead\nTesco's 250,000 staff got a bonus.\nSales rose.\nAsda's 150,000 staff did not.") == []
    # a speaker is not an owner
    text = "Lead\nOfficials said 2,400 residents were evacuated.\nIt rained.\nPolice said 2,100 residents were evacuated."
    assert codes(text) == ["NC101"]


def test_transposed_digits_are_caught_however_far_apart() -> None:
    text = "Lead\nThe recall covers 120,000 vehicles.\nNo crashes were seen.\nThe regulator said 210,000 vehicles were affected."
    assert codes(text) == ["NC101"]
