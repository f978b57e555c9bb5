"""Benchmark inputs, generated deterministically: drafts, a folder of drafts, a 10,000-topic reference.

Nothing here is committed output: `python bench/generate.py` (or `bench/run.py`,
which calls it) writes everything under bench/out/. The same seed always gives
the same bytes, so figures from two runs are measured on the same text.

The drafts read like news reporting on a closed country's penal system: every
sentence is assembled from a template and slot fillers drawn from pools of
actors, offences, places and bodies, and most carry a statute, a penalty, a
date or a figure written the many ways reporters write them ("up to five years
of labour correction", "the latter half of the 1990s", "10,000 won ($3.30) a
night", "Tier 3"). About one word in ten belongs to a claim, which is denser
than real copy: the benchmark errs on the side of more work per word.
"""

from __future__ import annotations

import calendar
import random
import sys
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
# Bumped whenever the generators change, so run.py regenerates stale inputs.
GENERATOR_VERSION = "6"

NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 18: "eighteen", 20: "twenty",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

ACTORS = [
    "women traders", "border guards", "factory workers", "returnees from China", "market vendors", "students",
    "defectors", "brokers", "conscripts", "farmers", "railway workers", "smugglers", "teachers", "young mothers",
    "coal miners", "fishermen", "orphaned children", "party cadres", "security agents", "camp guards",
    "textile workers", "truck drivers", "construction crews", "hospital staff", "university graduates",
    "money changers", "housewives", "demobilised soldiers", "loggers", "seasonal labourers",
]
OFFENCES = [
    "selling sex", "crossing the border illegally", "smuggling copper", "trafficking women", "watching foreign films",
    "running an unlicensed guesthouse", "bribing an official", "abducting children", "distributing leaflets",
    "selling medicine without a licence", "using a Chinese mobile phone", "hoarding grain", "illegal logging",
    "dealing in methamphetamine", "gambling", "leaving an assigned workplace", "forging travel permits",
    "harbouring fugitives", "speculating in foreign currency", "selling state property", "sheltering defectors",
    "unauthorised trading", "arranging forced marriages", "copying South Korean dramas", "operating a karaoke room",
    "embezzling rations", "selling counterfeit cigarettes", "running a private bus line", "stealing electricity",
    "slaughtering cattle without permission",
]
PLACES = [
    "Hyesan", "Sinuiju", "Hamhung", "Chongjin", "Musan", "Wonsan", "Kaesong", "Nampo", "Rason", "Hoeryong",
    "Kimchaek", "Kanggye", "Sariwon", "Haeju", "Pyongsong", "Tanchon", "Manpo", "Onsong", "Yanji", "Dandong",
    "Shenyang", "Tumen", "Helong", "Changbai", "the capital", "Ryanggang province", "North Hamgyong province",
    "South Pyongan province", "the eastern port towns", "the northern border counties",
]
BODIES = [
    "Human Rights Watch", "Amnesty International", "the UN special rapporteur", "the State Department",
    "Daily NK", "Good Friends", "the Ministry of Unification", "a Seoul-based NGO", "the World Food Programme",
    "the Korea Institute for National Unification", "the Database Center for North Korean Human Rights",
    "the UN Commission of Inquiry", "Radio Free Asia", "the Citizens' Alliance", "a Tokyo-based researcher",
]
INSTITUTIONS = [
    "labour training camp", "detention centre", "holding centre", "re-education camp", "political prison camp",
    "provincial court", "people's committee", "security bureau", "police station", "military tribunal",
    "collective farm", "state-run factory", "border post", "market management office", "youth league",
]
EVENTS = [
    "crackdown", "inspection campaign", "public trial", "amnesty", "purge", "census", "ration cut", "market closure",
    "mobilisation drive", "border sealing", "currency redenomination", "anti-socialist campaign", "flood",
    "famine", "wage reform",
]
VERBS_SENTENCE = ["were sentenced to", "received", "were handed", "faced", "were given", "now face", "risk"]
VERBS_REPORT = ["said", "reported", "found", "estimated", "noted", "wrote", "told reporters", "concluded"]
HEDGES = ["reportedly", "allegedly", "according to defectors", "it was said", "by some accounts"]
HEDGE_OPENERS = ["Reportedly,", "Allegedly,", "According to defectors,", "Sources claim", "It is said that"]
CONNECTORS = ["Meanwhile,", "By contrast,", "At the same time,", "In practice,", "Officially,", "Since then,",
              "Locally,", "Even so,", "Separately,", "Over the years,"]
LAWS = ["Penal Code", "Criminal Code", "criminal law", "Labour Law", "Administrative Penalties Law",
        "Law on Border Control", "Family Law", "Law on Narcotics Control", "Socialist Commerce Law",
        "People's Security Control Law"]
PENALTY_TYPES = [
    ("labour correction", "labor correction"), ("reform through labour", "reform through labor"),
    ("labour training", "labor training"), ("short-term labour", "short-term labor"), ("prison", "prison"),
    ("detention", "detention"),
]
CAMP_WORDS = ["at a forced labour camp", "at a forced labor camp", "in a labour training camp",
              "in a mobile labour brigade", "in a re-education camp"]
CURRENCIES = [("won", "$", 0.00033), ("yuan", "$", 0.15), ("won", "€", 0.0003)]
FIGURE_NOUNS = ["people", "women", "prisoners", "households", "workers", "children", "defectors", "families",
                "cases", "traders", "inmates", "victims"]
PERIODS = ["a night", "a day", "a month", "per month", "a year", "per week", "a shift"]


def words(n: int) -> str:
    return NUMBER_WORDS.get(n, str(n))


def grouped(n: int) -> str:
    return f"{n:,}"


@dataclass
class Values:
    """Random claim phrases of each kind, written the ways reporters write them."""

    rng: random.Random

    def statute(self) -> str:
        r = self.rng
        law = r.choice(LAWS)
        art = r.randint(3, 320)
        form = r.randrange(6)
        if form == 0:
            return f"Article {art} of the {law}"
        if form == 1:
            return f"Articles {art} and {art + 1} of the {law}"
        if form == 2:
            return f"the {law}'s Article {art}"
        if form == 3:
            return f"Article {art}, paragraph {r.randint(1, 4)} of the {law}"
        if form == 4:
            return f"Article {art} of the {r.randint(1987, 2015)} {law}"
        return f"Article {art} of the revised {law}"

    def penalty(self) -> str:
        r = self.rng
        kind = r.choice(PENALTY_TYPES)[r.randrange(2)]
        n = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15])
        unit = "years" if n > 1 else "year"
        form = r.randrange(9)
        if form == 0:
            return f"up to {words(n)} {unit} of {kind}"
        if form == 1:
            lo = r.choice([1, 2, 3])
            return f"{words(lo)} to {words(lo + r.randint(1, 5))} years of {kind}"
        if form == 2:
            return f"{words(r.choice([3, 6, 8, 10, 18]))} months {r.choice(CAMP_WORDS)}"
        if form == 3:
            return f"at least {words(n)} {unit} in prison"
        if form == 4:
            return f"{r.choice(['life imprisonment', 'life in prison', 'the death penalty', 'execution'])}"
        if form == 5:
            return f"a fine of {grouped(r.choice([5, 10, 30, 50, 100, 300]) * 10_000)} won"
        if form == 6:
            return f"more than {words(n)} {unit} of {kind}"
        if form == 7:
            return f"{words(r.choice([15, 20, 30, 60, 90]))} days of detention"
        return f"{words(n)} {unit} of {kind}"

    def date(self) -> str:
        """A date as an adverbial phrase: 'on 27 June 2011', 'in the latter half of the 1990s', 'since 2000'."""
        r = self.rng
        year = r.randint(1985, 2023)
        form = r.randrange(9)
        if form == 0:
            return f"on {r.randint(1, 28)} {r.choice(MONTHS)} {year}"
        if form == 1:
            return f"on {r.choice(MONTHS)} {r.randint(1, 28)}, {year}"
        if form == 2:
            return f"in {r.choice(MONTHS)} {year}"
        if form == 3:
            decade = r.choice([1970, 1980, 1990, 2000])
            return f"in the {r.choice(['latter half', 'first half', 'middle'])} of the {decade}s"
        if form == 4:
            return f"since {year}"
        if form == 5:
            return f"in {year}"
        if form == 6:
            return f"between {year} and {year + r.randint(1, 6)}"
        if form == 7:
            return f"in the {r.choice(['early ', 'late ', 'mid-'])}{r.choice([1990, 2000, 2010])}s"
        return f"on {r.choice(MONTHS)} {r.randint(1, 28)}"

    def date_noun(self) -> str:
        """A date that can stand as a noun: '27 June 2011', 'the late 1990s', '2015'."""
        r = self.rng
        year = r.randint(1985, 2023)
        form = r.randrange(4)
        if form == 0:
            return f"{r.randint(1, 28)} {r.choice(MONTHS)} {year}"
        if form == 1:
            return f"{r.choice(MONTHS)} {year}"
        if form == 2:
            return f"the {r.choice(['early', 'late'])} {r.choice([1980, 1990, 2000])}s"
        return str(year)

    def people(self) -> str:
        """A count of people: '150,000 to 200,000 people', 'about 2,000 women', 'as many as 300 prisoners'."""
        r = self.rng
        noun = r.choice(FIGURE_NOUNS)
        form = r.randrange(6)
        if form == 0:
            lo = r.choice([5, 10, 20, 50, 100, 150]) * 1000
            return f"{grouped(lo)} to {grouped(lo + r.choice([1, 2, 5]) * lo // 2)} {noun}"
        if form == 1:
            approx = r.choice(["about", "around", "roughly", "an estimated"])
            return f"{approx} {grouped(r.randint(2, 90) * 100)} {noun}"
        if form == 2:
            return f"as many as {grouped(r.choice([200, 500, 3000, 20_000, 70_000]))} {noun}"
        if form == 3:
            return f"{r.choice(['more than', 'fewer than', 'at least', 'nearly'])} {grouped(r.randint(3, 900))} {noun}"
        if form == 4:
            return f"{words(r.randint(2, 12))} {noun}"
        return f"{grouped(r.randint(12, 4000))} {noun}"

    def money(self) -> str:
        """An amount: '10,000 won ($3.30) a night', '3,000 yuan per month', 'a fine of 500,000 won'."""
        r = self.rng
        if r.random() < 0.5:
            cur, sym, rate = r.choice(CURRENCIES)
            amount = r.choice([500, 1000, 3000, 5000, 10_000, 20_000, 50_000])
            return f"{grouped(amount)} {cur} ({sym}{amount * rate:.2f}) {r.choice(PERIODS)}"
        cur = r.choice(["won", "yuan", "US dollars", "Chinese yuan"])
        return f"{grouped(r.choice([200, 500, 1500, 3000, 8000, 150_000]))} {cur} {r.choice(PERIODS)}"

    def share(self) -> str:
        r = self.rng
        n = r.randint(3, 95)
        return r.choice([f"as many as {n} percent", f"{n}%", f"about {n} per cent", f"nearly {n} percent",
                         f"between {n // 2} and {n} percent"])

    def rank(self) -> str:
        return f"Tier {self.rng.choice(['1', '2', '3', '2 Watch List'])}"

    def ages(self) -> str:
        r = self.rng
        return f"aged {r.randint(12, 17)} to {r.randint(18, 30)}"

    def duration(self) -> str:
        r = self.rng
        return f"{words(r.randint(2, 12))} {r.choice(['months', 'weeks', 'days'])}"


# Each template takes slot fillers by name. Most carry one or two claims; a
# few are plain narrative, as real copy has.
TEMPLATES = [
    "Under {statute}, {actor} caught {offence} face {penalty}.",
    "{Connector} courts in {place} routinely applied {statute} to {offence}, handing out {penalty}.",
    "{Body} {report} that {people} were held in {place} {date}.",
    "Prosecutors cited {statute} when {actor} from {place} {sentence} {penalty} for {offence}.",
    "The {event} that began {date} targeted {actor}, and {people} were detained in its first weeks.",
    "{Actor} in {place} said a night in a guesthouse cost {money}, far more than before the {event}.",
    "{Date_cap}, the authorities amended {statute} so that {offence} carries {penalty}.",
    "A former inmate of a {institution} near {place} recalled that {actor} {sentence} {penalty}.",
    "{Body} ranked the country {rank} in its annual report published {date}.",
    "Between checkpoints, {actor}, {hedge}, paid bribes of {money}.",
    "{Actor} who were caught {offence} {date} {sentence} {penalty}, {body} {report}.",
    "The {institution} in {place} held {people}, {hedge}, including {actor}.",
    "Records seen by {body} show that {people} were prosecuted under {statute} {date}.",
    "{Connector} the {event} {date} left {people} without work in {place}.",
    "Local officials in {place} insisted that {offence} is punished under {statute}, not {statute2}.",
    "One defector from {place} described being {sentenced} {penalty} {date} for {offence}.",
    "By {body}'s count, {share} of {actor} in {place} had been questioned at least once.",
    "Wages at the {institution} in {place} were {money}, {body} {report}.",
    "{Hedge_cap} {actor} faced {penalty} under {statute} after the {event}.",
    "The {event} came {date}, months after {people} had crossed into {place}.",
    "Families in {place}, {hedge}, spent {share} of their income on food, while rations stopped {date}.",
    "{Actor} told {body} that the {institution} fined them {money}.",
    "The law treats {offence} as a serious crime under {statute}; repeat offenders face {penalty}.",
    "Since the {event}, {people} have passed through the {institution} at {place}.",
    "In interviews with {body}, {actor} described the {event} in {place} and the queues outside the {institution}.",
    "A {institution} official said {offence} had fallen since {year}, a claim {body} disputes.",
    "{Actor} and {actor2} alike were swept up; {people} were sent to a {institution}.",
    "The tribunal in {place} invoked {statute} and imposed {penalty} on {people}.",
    "Smuggling routes near {place} carried {people} a year, and brokers charged {money2}.",
    "{Connector} the {event} {date} coincided with a rise in {offence} among {actor}.",
    "The {institution} near {place} is where {actor} convicted under {statute} serve {penalty}.",
    "Survey data from {body} put the share of {actor} involved in trade at {share}.",
    "{Body} estimated {date} that {people} lived in {place}, though officials gave no figure.",
    "Nobody in {place} would say how many {actor} were held after the {event}.",
    "A cadre in {place} warned {actor} that {offence} would bring {penalty} under {statute}.",
    "{Actor} returning from {place} {date} {sentence} {penalty}, {hedge} without trial.",
    "The revised text of {statute}, adopted {date}, added {penalty} for {offence}.",
    "The price of a kilogram of rice in {place} reached {money} {date}, {body} {report}.",
    "Those who informed on {actor} received rewards of {money}, {hedge}.",
    "{Connector} {actor} in {place} said the {institution} had emptied after the {event}.",
    "Girls {ages} were recruited in {place} {date}, {body} {report}.",
    "Detainees at the {institution} in {place}, {hedge}, spent {duration} in pre-trial questioning.",
    "{Body} kept the country at {rank} for the {ordinal} year running, citing {offence}.",
    "The {event} of {date_noun} is remembered in {place} for {offence} and for {penalty} handed to {actor}.",
    "Women {ages} made up {share} of those held at the {institution} near {place}.",
    "{Connector} the going rate for a forged travel permit in {place} was {money}.",
]
HEADINGS = [
    "What the law says", "The {event} in {place}", "Inside the {institution}", "Who is punished",
    "Numbers nobody can check", "Courts and quotas", "Life after release", "The view from {place}",
    "How the {event} unfolded", "Money, bribes and fines", "The trade across the river", "What officials say",
]
QUOTES = [
    "> \"They told us it was {penalty}, and nobody argued,\" said one of the {actor}.",
    "> \"After {date_noun} everything changed in {place},\" one of the {actor} recalled.",
    "> \"We paid {money} and still waited,\" one of the {actor} said.",
]
LIST_ITEMS = [
    "- {statute}: {penalty} for {offence}",
    "- {Place}: {people} held {date}",
    "- {Body}: {share} of {actor}",
    "- {Event} ({date_noun}): {people} detained",
]


class Writer:
    """Fills templates from seeded pools; never the same sentence twice in practice."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.values = Values(self.rng)

    def _slots(self) -> dict[str, str]:
        r, v = self.rng, self.values
        date = v.date()
        slots = {
            "statute": v.statute(), "statute2": v.statute(), "penalty": v.penalty(),
            "date": date, "date_noun": v.date_noun(), "year": str(r.randint(1990, 2022)),
            "people": v.people(), "money": v.money(), "money2": v.money(), "share": v.share(), "rank": v.rank(),
            "ages": v.ages(), "duration": v.duration(),
            "ordinal": r.choice(["second", "third", "fourth", "fifth", "eighth", "tenth"]),
            "actor": r.choice(ACTORS), "actor2": r.choice(ACTORS), "offence": r.choice(OFFENCES),
            "place": r.choice(PLACES), "body": r.choice(BODIES), "institution": r.choice(INSTITUTIONS),
            "event": r.choice(EVENTS), "hedge": r.choice(HEDGES), "connector": r.choice(CONNECTORS),
            "report": r.choice(VERBS_REPORT), "sentence": r.choice(VERBS_SENTENCE),
            "sentenced": r.choice(["sentenced to", "given", "handed"]),
        }
        for key in ("actor", "place", "body", "hedge", "connector", "date", "event"):
            slots[key.capitalize()] = _cap(slots[key])
        slots["Date_cap"] = _cap(date)
        slots["Hedge_cap"] = r.choice(HEDGE_OPENERS)
        return slots

    def fill(self, template: str) -> str:
        return template.format(**self._slots())

    def paragraph(self) -> str:
        return " ".join(self.fill(self.rng.choice(TEMPLATES)) for _ in range(self.rng.randint(2, 5)))

    def draft(self, target_words: int, title: str | None = None) -> str:
        """A Markdown article of about `target_words` words: title, byline, sections, quotes and lists."""
        r = self.rng
        slots = self._slots()
        title = title or f"{_cap(slots['event'])} in {slots['place']}: {slots['actor']} and {slots['offence']}"
        byline = f"*By staff reporters, {r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2012, 2024)}*"
        parts = [f"# {title}", byline]
        count = len(title.split()) + len(byline.split()) + 1
        since_heading = 0
        while count < target_words:
            roll = r.random()
            if since_heading >= 5 and roll < 0.3:
                block = "## " + self.fill(r.choice(HEADINGS))
                since_heading = 0
            elif roll < 0.06:
                block = self.fill(r.choice(QUOTES))
            elif roll < 0.11:
                block = "\n".join(self.fill(r.choice(LIST_ITEMS)) for _ in range(r.randint(3, 5)))
            else:
                block = self.paragraph()
                since_heading += 1
            parts.append(block)
            count += len(block.split())
        return "\n\n".join(parts) + "\n"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the reference ---------------------------------------------------------------


def reference(n_topics: int, seed: int = 7):
    """A Reference of `n_topics` topics over the drafts' vocabulary, as lint.model objects.

    Topics are spread over the four kinds and over the same actors, offences,
    places and bodies the drafts use, so matching has real candidates to
    weigh; about one topic in eight is contested (two sources, two values).
    """
    from lint.model import DateValue, Figure, Kind, Penalty, RefClaim, Reference, Source, Statute, Topic

    rng = random.Random(seed)
    sources = tuple(
        Source(
            id=f"src-{i:02d}",
            title=f"Report {i} on detention and trade",
            publisher=BODIES[i % len(BODIES)].removeprefix("the ").removeprefix("a "),
            date=f"{2005 + i % 18}-{1 + i % 12:02d}",
            path=f"source-{i:02d}.txt",
            aliases=(BODIES[i % len(BODIES)].removeprefix("the "),),
        )
        for i in range(24)
    )
    laws = {"Penal Code": "criminal-code", "Criminal Code": "criminal-code", "criminal law": "criminal-code"}
    penalty_types = ["labour-correction", "labour", "forced-labour", "detention", "prison", "camp"]

    def norm(kind: Kind):
        if kind is Kind.STATUTE:
            law = rng.choice(LAWS)
            return Statute(articles=(str(rng.randint(3, 320)),), law=laws.get(law, law.lower())), law
        if kind is Kind.PENALTY:
            hi = rng.choice([6, 12, 24, 36, 60, 96, 120])
            bound = rng.choice(["up-to", "range", "exact"])
            lo = 0.0 if bound == "up-to" else (hi / 2 if bound == "range" else hi)
            return Penalty(type=rng.choice(penalty_types), bound=bound, low=lo, high=float(hi)), ""
        if kind is Kind.DATE:
            year = rng.randint(1985, 2023)
            if rng.random() < 0.5:
                return DateValue(start=f"{year}-01-01", end=f"{year}-12-31", precision="year"), ""
            month = rng.randint(1, 12)
            last = calendar.monthrange(year, month)[1]
            return DateValue(start=f"{year}-{month:02d}-01", end=f"{year}-{month:02d}-{last}", precision="month"), ""
        lo = float(rng.choice([5, 20, 70, 150, 2000, 10_000, 150_000]))
        unit = rng.choice(["count", "count", "percent", "currency:KPW", "rank:tier"])
        if unit == "percent":
            lo = float(rng.randint(5, 95))
        elif unit == "rank:tier":
            lo = float(rng.randint(1, 3))
        high = lo if rng.random() < 0.6 or unit == "rank:tier" else lo * 1.5
        return Figure(low=lo, high=high, unit=unit, noun=rng.choice(FIGURE_NOUNS) if unit == "count" else None), ""

    def value_text(kind: Kind, value, law: str) -> str:
        if kind is Kind.STATUTE:
            return f"Article {value.articles[0]} of the {law}"
        if kind is Kind.PENALTY:
            months = int(value.high)
            span = f"{months // 12} years" if months % 12 == 0 else f"{months} months"
            word = {"up-to": "up to ", "range": f"{int(value.low)} months to ", "exact": ""}[value.bound]
            return f"{word}{span} of {value.type.replace('-', ' ')}"
        if kind is Kind.DATE:
            return value.start[:4] if value.precision == "year" else value.start[:7]
        if value.unit == "percent":
            return f"{value.low:g} percent"
        if value.unit == "rank:tier":
            return f"Tier {value.low:g}"
        if value.unit == "currency:KPW":
            return f"{value.low:,.0f} won"
        number = f"{value.low:,.0f}" if value.low == value.high else f"{value.low:,.0f} to {value.high:,.0f}"
        return f"{number} {value.noun}"

    kinds = list(Kind)
    topics = []
    for i in range(n_topics):
        kind = kinds[i % 4]
        actor, offence, place = rng.choice(ACTORS), rng.choice(OFFENCES), rng.choice(PLACES)
        institution, event = rng.choice(INSTITUTIONS), rng.choice(EVENTS)
        subject = {
            Kind.STATUTE: f"article that punishes {offence} by {actor}",
            Kind.PENALTY: f"penalty for {offence} after the {event} in {place}",
            Kind.DATE: f"when the {event} against {actor} began in {place}",
            Kind.FIGURE: f"number of {actor} held at the {institution} in {place}",
        }[kind]
        keywords = tuple(sorted({w for w in f"{offence} {place} {institution}".lower().split() if len(w) > 3}))[:5]
        n_claims = 2 if rng.random() < 0.125 else 1
        first_source = rng.randrange(len(sources))
        claims = []
        for c in range(n_claims):
            value, law = norm(kind)
            claims.append(
                RefClaim(
                    value=value_text(kind, value, law),
                    norm=value,
                    source=sources[(first_source + c) % len(sources)].id,
                    location=rng.randint(1, 400),
                    hedged=rng.random() < 0.15,
                    evidence=" ".join(rng.sample(subject.split(), k=min(3, len(subject.split())))),
                    key=f"{i:05d}{c}",
                )
            )
        slug = "-".join(subject.lower().replace("'", "").split()[:4])
        topics.append(
            Topic(id=f"{kind}-{i:05d}-{slug}", kind=kind, subject=subject, claims=tuple(claims), keywords=keywords)
        )
    return Reference(sources=sources, topics=tuple(topics))


# --- writing everything -----------------------------------------------------------

DRAFT_SIZES = {"draft-2k.md": 2_000, "draft-10k.md": 10_000, "draft-50k.md": 50_000, "draft-100k.md": 100_000}
FOLDER_FILES = 1_000
FOLDER_WORDS = 500
REFERENCE_TOPICS = 10_000


def generate(out: Path = OUT, *, folder_files: int = FOLDER_FILES, topics: int = REFERENCE_TOPICS) -> dict[str, Path]:
    """Write every input under `out` that is missing or older than the generators; name -> path."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = out / "inputs.stamp"
    if not stamp.exists() or stamp.read_text() != GENERATOR_VERSION:
        for stale in [*out.glob("draft-*.md"), *out.glob("reference-*.toml"), *out.glob("folder-*/*.md")]:
            stale.unlink()
        stamp.write_text(GENERATOR_VERSION)
    paths = {name: out / name for name in DRAFT_SIZES}
    for seed, (name, size) in enumerate(DRAFT_SIZES.items(), start=1):
        if not paths[name].exists():
            _write(paths[name], Writer(seed).draft(size))
    folder = paths["folder"] = out / f"folder-{folder_files}"
    if len(list(folder.glob("*.md"))) != folder_files:
        folder.mkdir(exist_ok=True)
        for i in range(folder_files):
            _write(folder / f"story-{i:04d}.md", Writer(10_000 + i).draft(FOLDER_WORDS))
    ref_path = paths["reference"] = out / f"reference-{topics}.toml"
    if not ref_path.exists():
        sys.path.insert(0, str(BENCH.parent))
        from lint import refdata

        refdata.write(reference(topics), ref_path, header=f"Generated by bench/generate.py: {topics} topics.")
    return paths


def _write(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # an interrupted run leaves no half-written input behind


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write the benchmark inputs under bench/out/.")
    parser.add_argument("--files", type=int, default=FOLDER_FILES, help="files in the folder input")
    parser.add_argument("--topics", type=int, default=REFERENCE_TOPICS, help="topics in the generated reference")
    args = parser.parse_args()
    for name, path in generate(folder_files=args.files, topics=args.topics).items():
        print(f"{name}: {path}")
