"""Figures: value or interval, unit, per-period, approximation and noun."""

import pytest
from extract_helpers import claims_in, the_claim

from lint.extract import extract_claims
from lint.model import Figure, Kind, Penalty
from lint.patterns import load_pack
from lint.source import parse_document

USD_3_30 = Figure(3.3, 3.3, "currency:USD")

CASES = [
    # (sentence, the figure's words, expected value)
    ("The group numbered about 2,000 women.", "about 2,000", Figure(2000, 2000, "count", approx="about", noun="women")),
    ("A collection of approximately 2,000 women and girls.", "approximately 2,000",
     Figure(2000, 2000, "count", approx="about", noun="women")),
    ("Some 150,000 to 200,000 people are held.", "150,000 to 200,000",
     Figure(150000, 200000, "count", approx="about", noun="people")),
    ("Between 150,000–200,000 persons are held.", "150,000–200,000", Figure(150000, 200000, "count", noun="persons")),
    ("An estimated 150,000 persons are held.", "An estimated 150,000",
     Figure(150000, 150000, "count", approx="about", noun="persons")),
    ("Recruits were drafted between 14 and 20.", "between 14 and 20", Figure(14, 20, "count")),
    ("Recruits were drafted between the ages of 14 and 20.", "between the ages of 14 and 20", Figure(14, 20, "age")),
    ("They were drafted from among 14- to 20-year-old virgins.", "14- to 20-year-old", Figure(14, 20, "age")),
    ("They married when they are 25 years old.", "25 years old", Figure(25, 25, "age")),
    # an age after "was" with an adverb between, or of a relation ("his father was 67")
    ("On the day of the verdict he was therefore 49.", "49", Figure(49, 49, "age")),
    ("His son says his father was 67 – he was born in May 1955.", "67", Figure(67, 67, "age")),
    ("Girls aged 16 to 18 were chosen.", "aged 16 to 18", Figure(16, 18, "age")),
    ("The women were all in their late 20s.", "in their late 20s", Figure(27, 29, "age")),
    ("The women were all in their early 30s.", "in their early 30s", Figure(30, 33, "age")),
    ("The women were all in their mid-20s.", "in their mid-20s", Figure(24, 26, "age")),
    ("The women were all in their late twenties.", "in their late twenties", Figure(27, 29, "age")),
    ("The driver was a man in his forties.", "in his forties", Figure(40, 49, "age")),
    ("They married guards when they turned 25.", "turned 25", Figure(25, 25, "age")),
    # a full name's age set off by a comma and a dash, an aside after it
    ("Records show that Ruben Castellar, 54 — company records give 1970 — was convicted.", "54",
     Figure(54, 54, "age")),
    # an age reckoned from a date of birth
    ("Filings give his date of birth as 1961, which would make him 63.", "make him 63", Figure(63, 63, "age")),
    # ... or told in a clause of its own, or with "is" or "was" after the name, or as a record gives it, as a paper
    # setting the record straight writes it; a measure, a place's count or a rank is no age
    ("Ardo Kestrin, who is 61 according to the company register, sat motionless.", "61", Figure(61, 61, "age")),
    ("Oskar Velde was 79, according to his death certificate.", "79", Figure(79, 79, "age")),
    ("Court papers give Malkin's age as 54.", "54", Figure(54, 54, "age")),
    ("The reports gave Ostrenn's age at sentencing as 54.", "54", Figure(54, 54, "age")),
    ("Records show he was born on 3 May 1970, making him 54 at the time of the verdict.", "making him 54",
     Figure(54, 54, "age")),
    # a person named by who they are: "The woman who died was 84", "the oldest 52", "a woman of 67"
    ("## 4. The woman who died was 84", "84", Figure(84, 84, "age")),
    ("The youngest victim was 15 and the oldest 52.", "52", Figure(52, 52, "age")),
    ("A woman of 67 in Upper Fenn told us her husband was ill.", "67", Figure(67, 67, "age")),
    ("The man's debt was 84.", "84", Figure(84, 84)),
    ("Registry records give his date of birth as 1965, which made him 59, not 58.", "made him 59",
     Figure(59, 59, "age")),
    ("Marek Dolan, 54, according to the company registry, sat still.", "54", Figure(54, 54, "age")),
    ("The Dow was 45 when he sold.", "45", Figure(45, 45, "count")),
    ("Upper Velmora was 12, Kessra 14.", "12", Figure(12, 12, "count")),
    # a named person's age set off by commas, as news writes it; a count after a place is no age
    ("Tomas Hrebec, 59, a senior inspector, was jailed.", "59", Figure(59, 59, "age")),
    ("In Brannov, 31 patients were moved.", "31", Figure(31, 31, "count", noun="patients")),
    ("Sean McDonald, 59, a driver, was hurt.", "59", Figure(59, 59, "age")),
    ("Of the dead, Velmora, 12, and Kessra, 14, lost the most.", "12", Figure(12, 12, "count")),
    ("The court found Ivo Brannik, 58, guilty of bribery.", "58", Figure(58, 58, "age")),
    ("Eirik Stalvang, now 58, set the targets.", "58", Figure(58, 58, "age")),
    ("Barvik, 56, opened his first depot in 2011.", "56", Figure(56, 56, "age")),  # a past tense after it
    ("Penzik, 59, ran the zoo from 2015 until early 2023.", "59", Figure(59, 59, "age")),  # an irregular past tense
    ("Kessler, 61, leads the union.", "61", Figure(61, 61, "age")),
    ("Radomir Hesk, **59**, was convicted under Article 305(3).", "59", Figure(59, 59, "age")),  # in bold too
    ("Of the regions, Velmora, 12, saw the most deaths.", "12", Figure(12, 12, "count")),
    # ... or a full name with the age in brackets, as judgments list the accused; a place's count is no age
    ("Eirik Stalvang (58), former chief executive, was convicted.", "58", Figure(58, 58, "age")),
    ("The regions hit hardest were Velmora (12) and Kessra (9).", "12", Figure(12, 12, "count")),
    ("Arrests by force: Greater Manchester (31), West Yorkshire (22).", "31", Figure(31, 31, "count")),
    ("They were trained for about 20 months.", "about 20 months", Figure(20, 20, "months", approx="about")),
    ("They gave birth five to nine months ago.", "five to nine months", Figure(5, 9, "months")),
    ("They gave birth between five and nine months ago.", "between five and nine months", Figure(5, 9, "months")),
    ("The works took two years.", "two years", Figure(24, 24, "months")),
    ("The works took two years and six months.", "two years and six months", Figure(30, 30, "months")),
    ("Salak was given four and a half years.", "four and a half years", Figure(54, 54, "months")),
    # "over" a length of time something took place across is no lower bound; "lasted over" is
    ("The main hearing took place over 41 hearing days.", "over 41", Figure(41, 41, "days")),
    ("The inspectorate had under 29 inspectors.", "under 29",
     Figure(29, 29, "count", approx="less-than", noun="inspectors")),
    ("The ministry issued under 300 logging permits.", "under 300",
     Figure(300, 300, "count", approx="less-than", noun="permits")),
    ("The trial ran over two years.", "over two years", Figure(24, 24, "months")),
    ("The trial lasted over two years.", "over two years", Figure(24, 24, "months", approx="more-than")),
    ("He was held for over 40 days.", "over 40 days", Figure(40, 40, "days", approx="more-than")),
    # ... nor one opening its sentence, a time across which the sentence tells what happened
    ("The trial opened. Over 28 hearing days, the judges heard 50 witnesses.", "Over 28", Figure(28, 28, "days")),
    ("**10 October 2024.** Over two years, prices doubled.", "Over two years", Figure(24, 24, "months")),
    ("Over 20 years later, the dam failed.", "Over 20 years", Figure(240, 240, "months", approx="more-than")),
    ("Over 40 days passed before the report.", "Over 40 days", Figure(40, 40, "days", approx="more-than")),
    ("The works took two years and a half.", "two years and a half", Figure(30, 30, "months")),
    ("It took a year and a half.", "a year and a half", Figure(18, 18, "months")),
    ("The works took 2 years 3 months.", "2 years 3 months", Figure(27, 27, "months")),
    ("The trial lasted just over ten months.", "just over ten months", Figure(10, 10, "months", approx="just-over")),
    # a ceiling or a floor told by a negation is its bound, not the other: the longest lead is read
    ("A body must be held at a temperature not above 4°C.", "not above 4°C", Figure(4, 4, "celsius", approx="up-to")),
    ("The pool must be kept not below 26°C.", "not below 26°C", Figure(26, 26, "celsius", approx="at-least")),
    # ... but not two lengths side by side, nor across a line
    ("He was jailed for 8 years two weeks before the election.", "two weeks", Figure(14, 14, "days")),
    ("The terms were 11 years six years and two years.", "11 years", Figure(132, 132, "months")),
    ("It took one and a half years.", "one and a half years", Figure(18, 18, "months")),
    ("It took five years and a half-dozen lawsuits.", "five years", Figure(60, 60, "months")),
    # a journey's length that is a claim, not scenery on the way somewhere
    ("The ferry makes a 36-hour crossing.", "36-hour", Figure(36, 36, "hours")),
    # minutes are hours' sixtieths, so a length in hours and minutes is one length
    ("The outage lasted 3 hours and 40 minutes.", "3 hours and 40 minutes", Figure(3.666667, 3.666667, "hours")),
    ("Each visit took about 40 minutes.", "about 40 minutes", Figure(0.666667, 0.666667, "hours", approx="about")),
    # ... and so is one in a table's or a log's short forms
    ("| Driving time | 11 h 40 min | 9 h |", "11 h 40 min", Figure(11.666667, 11.666667, "hours")),
    ("| Driving time | 11 h 40 min | 9 h |", "9 h", Figure(9, 9, "hours")),
    ("The call was answered after 90 min.", "90 min", Figure(1.5, 1.5, "hours")),
    # two lengths in one unit are two figures, not one length of 17 years
    ("The two terms, 11 years and six years, run at once.", "11 years", Figure(132, 132, "months")),
    ("The two terms, 11 years and six years, run at once.", "six years", Figure(72, 72, "months")),
    ("They have only two days of rest per year.", "two days", Figure(2, 2, "days", per="year")),
    ("They have only two days of rest per month.", "two days", Figure(2, 2, "days", per="month")),
    # a count of a time unit, with a word describing it between, is a length of time too
    ("They get just two rest days a year.", "two", Figure(2, 2, "days", per="year")),
    ("They work five working days a week.", "five", Figure(5, 5, "days", per="week")),
    # ... but not a count with another number between it and the unit
    ("Up from a dozen two years ago.", "a dozen", Figure(12, 12, "count", noun="years")),
    ("Women receive 10,000 won ($3.30) per night.", "10,000 won ($3.30)",
     Figure(10000, 10000, "currency:KRW", per="night", conversion=USD_3_30)),
    ("In Sinuiju a night costs 100,000 won ($3.30).", "100,000 won ($3.30)",
     Figure(100000, 100000, "currency:KRW", per="night", conversion=USD_3_30)),
    ("They cap the price at 100 Chinese yuan.", "100 Chinese yuan", Figure(100, 100, "currency:CNY")),
    # a currency the lexicon does not know is named by the conversion after it
    ("Crews were paid 1,500,000 kora ($65) a month.", "1,500,000 kora ($65)",
     Figure(1500000, 1500000, "currency:KORA", per="month", conversion=Figure(65, 65, "currency:USD"))),
    ("They demand a further 200 yuan.", "200 yuan", Figure(200, 200, "currency:CNY")),
    ("He paid with a 500-won note.", "500-won", Figure(500, 500, "currency:KRW")),
    ("The plan cost $2.5 billion.", "$2.5 billion", Figure(2.5e9, 2.5e9, "currency:USD")),
    ("The government spent €3.2m on shelters.", "€3.2m", Figure(3.2e6, 3.2e6, "currency:EUR")),
    ("Rents reached £2,500 a month.", "£2,500", Figure(2500, 2500, "currency:GBP", per="month")),
    ("About 1.2 million people fled.", "About 1.2 million", Figure(1.2e6, 1.2e6, "count", approx="about",
                                                                   noun="people")),
    ("As many as 70 percent of them are women.", "As many as 70 percent", Figure(70, 70, "percent", approx="up-to")),
    ("Some 70% of them are women.", "70%", Figure(70, 70, "percent", approx="about")),
    ("Nearly seventy per cent of them are women.", "seventy per cent", Figure(70, 70, "percent", approx="about")),
    ("It ranks the country as a 'Tier 3' country.", "Tier 3", Figure(3, 3, "rank:tier")),
    ("It ranks the country Tier III.", "Tier III", Figure(3, 3, "rank:tier")),
    ("It ranks the country Tier-3.", "Tier-3", Figure(3, 3, "rank:tier")),
    ("It is a tier three country.", "tier three", Figure(3, 3, "rank:tier")),
    # a death counted as the nth: the toll it makes
    ("The Courier counts him as the eighteenth victim.", "eighteenth victim", Figure(18, 18, "count", noun="victims")),
    ("He died in May, the outbreak's fourth death.", "fourth death", Figure(4, 4, "count", noun="deaths")),
    ("The Ledger counts a 24th fatality.", "24th fatality", Figure(24, 24, "count", noun="fatalities")),
    ("It was put on the Tier 2 Watch List.", "Tier 2 Watch List", Figure(2, 2, "rank:tier")),
    ("The court ruled seven-to-two.", "seven-to-two", Figure(7, 7, "vote", conversion=Figure(2, 2, "vote"))),
    ("The committee voted 11 to 3 in favour of the bill.", "11 to 3", Figure(11, 11, "vote", conversion=Figure(3, 3, "vote"))),
    ("The bill passed by 52 votes to 48.", "52 votes to 48", Figure(52, 52, "vote", conversion=Figure(48, 48, "vote"))),
    ("Tens of thousands of workers are employed.", "Tens of thousands",
     Figure(10000, 99999, "count", approx="about", noun="workers")),
    ("Thousands of migrants live there.", "Thousands", Figure(1000, 9999, "count", approx="about", noun="migrants")),
    ("Women form groups of at least four to run them.", "at least four", Figure(4, 4, "count", approx="at-least")),
    ("Homicide of two or more people is aggravated.", "two or more",
     Figure(2, 2, "count", approx="at-least", noun="people")),
    ("The three main defendants appealed.", "three", Figure(3, 3, "count", noun="main defendants")),
    ("The fund is run by a nine-member committee.", "nine", Figure(9, 9, "count", noun="members")),
    ("Kestrow Court is an eleven-storey block.", "eleven", Figure(11, 11, "count", noun="storeys")),
    ("More than 300 guards were sacked.", "More than 300", Figure(300, 300, "count", approx="more-than",
                                                                noun="guards")),
    ("Fewer than ten cases were tried.", "Fewer than ten", Figure(10, 10, "count", approx="less-than", noun="cases")),
    ("A dozen brokers were arrested.", "A dozen", Figure(12, 12, "count", noun="brokers")),
    ("Three hundred soldiers came.", "Three hundred", Figure(300, 300, "count", noun="soldiers")),
    ("Three young mothers were arrested.", "Three", Figure(3, 3, "count", noun="mothers")),
    # shares, ratios, multiples, positions, ages, amounts of time
    ("As many as seven in ten of them are women.", "seven in ten", Figure(70, 70, "percent", approx="up-to", fraction=True)),
    ("One in ten medical products is fake.", "One in ten", Figure(10, 10, "percent", approx="about", fraction=True)),
    ("Employers must register them, yet fewer than half have done so.", "fewer than half",
     Figure(50, 50, "percent", approx="less-than", fraction=True)),
    ("Three out of four workers were paid late.", "Three out of four", Figure(75, 75, "percent", approx="about", fraction=True)),
    ("Four in ten victims lost more than half of their savings.", "Four in ten",
     Figure(40, 40, "percent", approx="about", fraction=True)),
    ("The firm cut its line crews by more than a third in the years before the fire.", "more than a third",
     Figure(33.3, 33.3, "percent", approx="more-than", fraction=True)),
    ("Less than a quarter of the cases ended in a conviction.", "Less than a quarter",
     Figure(25, 25, "percent", approx="less-than", fraction=True)),
    ("Nearly two-thirds of the rangers quit.", "Nearly two-thirds", Figure(66.7, 66.7, "percent", approx="about", fraction=True)),
    # a hyphened count of parts is a share whatever follows it, at a sentence's start too
    ("Two-thirds first learned of the charge from their bank.", "Two-thirds",
     Figure(66.7, 66.7, "percent", approx="about", fraction=True)),
    ("Half of the samples failed.", "Half", Figure(50, 50, "percent", approx="about", fraction=True)),
    ("They can check only about one container in twenty.", "about one container in twenty",
     Figure(5, 5, "percent", approx="about", fraction=True)),
    ("Seizures of scales grew tenfold.", "tenfold", Figure(10, 10, "multiple")),
    # a temperature, its "C" touching the digits or not; a place's number is none
    ("Outdoor temperatures peaked at 41.3C.", "41.3C", Figure(41.3, 41.3, "celsius")),
    ("Rooms reached 39 °C.", "39 °C", Figure(39, 39, "celsius")),
    ("It was about 40 degrees Celsius.", "about 40 degrees Celsius", Figure(40, 40, "celsius", approx="about")),
    ("Overnight the temperature fell to -5C.", "5C", Figure(-5, -5, "celsius")),
    ("It was 95 degrees Fahrenheit.", "95", Figure(95, 95, noun="degrees")),  # not Celsius
    ("There is one inspector for every 18,000 workers.", "one inspector for every 18,000",
     Figure(18000, 18000, "ratio")),
    ("Overtime is paid at 1.5 times the normal rate.", "1.5", Figure(1.5, 1.5, "multiple")),
    # how often: a count of times per period, never a multiple nor a per-year count of nothing
    ("Towers must be inspected three times a year.", "three times a year", Figure(3, 3, "times", "year")),
    ("The board met only twice a year.", "twice a year", Figure(2, 2, "times", "year")),
    # (a frequency per year: "every quarter" and "four times a year" are one)
    ("Bottlers must test at least once a week.", "at least once a week", Figure(52, 52, "times", "year", "at-least")),
    ("Checks were cut from daily to twice weekly.", "twice weekly", Figure(104, 104, "times", "year")),
    ("The rules require sampling every quarter.", "every quarter", Figure(4, 4, "times", "year")),
    ("Wells must be inspected once or twice a year.", "once or twice a year", Figure(1, 2, "times", "year")),
    ("Inspectors visited the kitchen twice before the outbreak.", "twice", Figure(2, 2, "multiple")),
    ("It ranked fourth among African countries.", "fourth", Figure(4, 4, "rank")),
    ("It is the third-largest exit point.", "third", Figure(3, 3, "rank")),
    ("They married at age 25, often to guards.", "at age 25", Figure(25, 25, "age")),
    ("Fees are capped at one month's wage.", "one month", Figure(1, 1, "months")),
    # a quantity in a unit of measure is compared in its unit: tonnes are thousands of kilograms
    ("Officers found 1.6 tonnes of ivory.", "1.6", Figure(1600, 1600, "kg")),
    ("They seized 48 kilograms of rhino horn.", "48", Figure(48, 48, "kg")),
    ("The park covers some 1,900 square kilometres.", "some 1,900", Figure(1900, 1900, "km2", approx="about")),
    ("About 5,000 hectares of forest burned.", "About 5,000", Figure(50, 50, "km2", approx="about")),
    ("The yard lies 240 kilometres north of the capital.", "240", Figure(240, 240, "km")),
    ("The ship held 780 cubic metres of logs.", "780", Figure(780, 780, "m3")),
    ("The border is 300 miles away.", "300", Figure(300, 300, "mile")),  # a unit of its own: no rounded conversion
    ("The plot is 5 km2 and the tank holds 900 m3.", "5", Figure(5, 5, "km2")),
    ("The plot is 5 km2 and the tank holds 900 m3.", "900", Figure(900, 900, "m3")),
    # a concentration, in milligrams per litre, whatever is named between the unit's halves
    ("Tests found lead at 0.84 milligrams per litre.", "0.84", Figure(0.84, 0.84, "mg/l")),
    ("They measured 0.48 milligrams of lead per litre.", "0.48", Figure(0.48, 0.48, "mg/l")),
    ("Blood lead was above 45 micrograms per decilitre.", "above 45", Figure(0.45, 0.45, "mg/l", approx="more-than")),
    ("Levels reached 5 mg/l in May.", "5", Figure(5, 5, "mg/l")),
    # a reading in air, by its symbol or its words
    ("The table gives a peak dust concentration of 64 g/m³.", "64", Figure(64, 64, "g/m3")),
    ("The sensor log shows 88 g/m3 at 14:18.", "88", Figure(88, 88, "g/m3")),
    ("Dust reached 64 grams per cubic metre.", "64", Figure(64, 64, "g/m3")),
    ("The plant discharges 12 tonnes/day of sludge.", "12", Figure(12000, 12000, "kg")),
    ("Soil held about 40 ppm of arsenic.", "about 40", Figure(40, 40, "ppm", approx="about")),
]


@pytest.mark.parametrize(("text", "surface", "value"), CASES, ids=[c[1] for c in CASES])
def test_figure_value(text, surface, value):
    claim = the_claim(text, surface, Kind.FIGURE)
    assert surface in claim.text
    assert claim.value == value


def test_an_amount_and_its_conversion_are_one_claim_over_the_whole_text():
    found = claims_in("Women receive 10,000 won ($3.30) a night.")
    assert [c.text for c in found] == ["10,000 won ($3.30)"]
    assert found[0].value.per == "night"


@pytest.mark.parametrize(("table", "cell", "value"), [
    ("| Year | Pangolin scales (kg) | Cases |\n|---|---|---|\n| 2021 | 1,480 | 92 |\n", "1,480", Figure(1480, 1480, "kg")),
    ("| Year | Timber seized (m³) | Cases |\n|---|---|---|\n| 2021 | 4,020 | 92 |\n", "4,020", Figure(4020, 4020, "m3")),
    ("| Year | Pangolin scales (kg) | Cases |\n|---|---|---|\n| 2021 | 1,480 | 92 |\n", "92", Figure(92, 92, "count")),
    ("| Park | Rangers per 1,000 ha |\n|---|---|\n| Orunda | 37 |\n", "37", Figure(37, 37, "count")),  # a rate
    ("| Year | Failed | Failed (%) |\n|---|---|---|\n| 2019 | 46 | 19.2 |\n", "19.2", Figure(19.2, 19.2, "percent")),
    ("| Year | % failed |\n|---|---|\n| 2019 | 19.2 |\n", "19.2", Figure(19.2, 19.2, "percent")),
    ("Year    Samples    Failed    Share failed, per cent\n2019    240        46        19.2\n2020    198        43        21.7\n",
     "21.7", Figure(21.7, 21.7, "percent")),
    ("| Year | Failed | Failed (%) |\n|---|---|---|\n| 2019 | 46 | 19.2 |\n", "46", Figure(46, 46, "count")),
    # a percent sign that is not the column's unit
    ("| Year | Samples above the 0.5% limit | Seized (kg), % of total |\n|---|---|---|\n| 2021 | 46 | 1,480 |\n",
     "46", Figure(46, 46, "count")),
    ("| Year | Samples above the 0.5% limit | Seized (kg), % of total |\n|---|---|---|\n| 2021 | 46 | 1,480 |\n",
     "1,480", Figure(1480, 1480, "kg")),
    # a scale in the header: the cells are in millions (a writer's "21.7 million"); not a rate "per million"
    ("| Cost item | Estimated cost (DM million) |\n|---|---|\n| Track | 21.7 |\n", "21.7",
     Figure(21_700_000, 21_700_000, "count")),
    # ... and a currency, the cells' unit
    ("| Year | Losses ($m) |\n|---|---|\n| 2021 | 4.5 |\n", "4.5", Figure(4_500_000, 4_500_000, "currency:USD")),
    ("| Year | Deaths per million people |\n|---|---|\n| 2021 | 4.5 |\n", "4.5", Figure(4.5, 4.5, "count")),
    ("| Year | Amount (EUR m) |\n|---|---|\n| 2021 | 4.5 |\n", "4.5", Figure(4_500_000, 4_500_000, "currency:EUR")),
    ("| Item | Budget 2022/23 (£m) |\n|---|---|\n| Roads | 4.5 |\n", "4.5",
     Figure(4_500_000, 4_500_000, "currency:GBP")),
    ("| Year | Revenue (euros) |\n|---|---|\n| 2021 | 4,500 |\n", "4,500", Figure(4500, 4500, "currency:EUR")),
    ("| Euro area | Members |\n|---|---|\n| 2021 | 19 |\n", "19", Figure(19, 19, "count")),
    # a unit in the row's label, in brackets: the row's cells are in it (not the label's own number)
    ("| Parameter | Normal | Worst |\n|---|---|---|\n| Dissolved oxygen (mg/L) | about 7.5 | 3.1 |\n", "3.1",
     Figure(3.1, 3.1, "mg/l")),
    ("| Parameter | Normal | Worst |\n|---|---|---|\n| Water temperature (°C) | 12.0 | 16.5 |\n", "16.5",
     Figure(16.5, 16.5, "celsius")),
    ("| Measure | 2022 | 2023 |\n|---|---|---|\n| Samples failed (%) | 12 | 19.2 |\n", "19.2",
     Figure(19.2, 19.2, "percent")),
    ("| Measure | 2022 | 2023 |\n|---|---|---|\n| Staff (2020 count) | 12 | 19 |\n", "19", Figure(19, 19, "count")),
    # a currency word that is as often another, or a rate, is no column of money
    ("| Party | Seats (won) |\n|---|---|\n| Reform | 5 |\n", "5", Figure(5, 5, "count")),
    ("| Year | Fuel price (€ per litre) |\n|---|---|\n| 2021 | 1.8 |\n", "1.8", Figure(1.8, 1.8, "count")),
    # a scale that is not the column's, or a cell that gives its own
    ("| Site | Fe (mg/l) | Mn (mg/l) |\n|---|---|---|\n| Well 1 | 0.3 | 0.42 |\n", "0.42", Figure(0.42, 0.42, "mg/l")),
    ("| Year | Million-dollar contracts |\n|---|---|\n| 2021 | 14 |\n", "14", Figure(14, 14, "count")),
    ("| Item | Cost (DM million) |\n|---|---|\n| Track | 21.7 million |\n", "21.7 million",
     Figure(21_700_000, 21_700_000, "count")),
    # a column of people's ages: each an age (not a column only mentioning age)
    ("| Defendant | Age | Role |\n|---|---|---|\n| Mirela Dunsk | 47 | Chief engineer |\n", "47",
     Figure(47, 47, "age")),
    ("| Boiler | Age of stock (%) |\n|---|---|\n| No. 2 | 47 |\n", "47", Figure(47, 47, "percent")),
])
def test_a_bare_number_under_a_unit_column_header_is_in_that_unit(table, cell, value):
    markdown = table.startswith("|")  # else an aligned plain-text table
    assert the_claim(table, cell, Kind.FIGURE, markdown=markdown).value == value


def test_a_learned_currencys_singular_before_what_it_is_the_amount_of_is_money():
    known = {"strels": "currency:STRELS", "marks": "currency:MARKS"}

    def unit(text, surface):
        found = extract_claims(parse_document(text, "t.md"), load_pack(), known)
        return next(c.value.unit for c in found if c.text == surface)

    assert unit("Malevic won the 4.8 million strel contract in 2015.", "4.8 million") == "currency:STRELS"
    assert unit("Sales passed the 2 million mark in 2023.", "2 million") == "count"


@pytest.mark.parametrize(("text", "surface", "unit"), [
    # a list of sums after one told in its currency: each is in that currency
    ("It was ordered to pay $74.6 million in compensation: $62.5 million to the basin authority, 9.8 million to "
     "312 fishermen and 2.3 million to the town.", "9.8 million", "currency:USD"),
    ("It was ordered to pay $74.6 million: 62.5 million to the basin authority.", "62.5 million", "currency:USD"),
    ("It was fined $18 million, less than the 25 million sought by prosecutors.", "25 million", "currency:USD"),
    ("It was fined $18 million, under the legal maximum of 35 million.", "35 million", "currency:USD"),
    ("It was fined $18 million, under the legal maximum of 35bn.", "35bn", "currency:USD"),
    # ... but not a count of things, nor a number without a scale word, nor one in a sentence of no money
    ("It paid $4 million to the 1.2 million residents of the valley.", "1.2 million", "count"),
    ("It paid $4 million to 1.2 million registered voters.", "1.2 million", "count"),
    ("It paid $4 million to 312 families and 40 to the town.", "40", "count"),
    ("The storm caused $3 billion in damage, and 1.2 million were left without power.", "1.2 million", "count"),
    ("The storm caused $3 billion in damage and left 1.2 million displaced by the water.", "1.2 million", "count"),
    ("Damage reached $2 billion; 1.5 million in the region lost power.", "1.5 million", "count"),
    ("It paid $4.5bn to the state and $2bn to 1.1 million savers.", "1.1 million", "count"),
    ("Some 2.3 million to 2.5 million people were moved.", "Some 2.3 million to 2.5 million", "count"),
], ids=lambda v: v if len(v) < 30 else None)
def test_a_bare_sum_after_one_in_a_currency_is_in_that_currency(text, surface, unit):
    found = {c.text: c.value for c in extract_claims(parse_document(text, "t.md"), load_pack())}
    assert found[surface].unit == unit


def test_a_learned_currencys_singular_before_fine_is_a_fine_in_it():
    found = {c.text: c.value for c in extract_claims(
        parse_document("Nine years in prison and a 3.5 million sorel fine: that is his price.", "t.md"), load_pack(),
        {"sorels": "currency:SORELS"})}
    assert found["3.5 million sorel fine"] == Penalty("fine", "exact", 3_500_000, 3_500_000, "SORELS")


def test_a_column_headed_with_a_currency_the_sources_taught_is_in_that_currency():
    table = "| Region | Hospitals | Overpayment (million vesk) |\n|---|---|---|\n| Northern | 11 | 71.8 |\n"
    found = {c.text: c.value for c in extract_claims(parse_document(table, "t.md"), load_pack(),
                                                      {"vesk": "currency:VESK"})}
    assert found["71.8"] == Figure(71_800_000, 71_800_000, "currency:VESK")
    assert found["11"] == Figure(11, 11, "count")


@pytest.mark.parametrize(("text", "ends"), [
    ("The plan would bring the Inspectorate from 214 to 364 inspectors.", [("214", 214), ("364", 364)]),
    ("Staff numbers grew from 214 to 364.", [("214", 214), ("364", 364)]),
    ("The budget will increase from 214 million to 364 million.", [("214 million", 214e6), ("364 million", 364e6)]),
    ("The bill would lift the cap from 15 million to 50 million.", [("15 million", 15e6), ("50 million", 50e6)]),
    # ... what changes named at length, and a currency's code after "from"
    ("Raise the maximum fine under the Act from KVM 2.5 million to KVM 10 million.",
     [("2.5 million", 2.5e6), ("KVM 10 million", 10e6)]),
    # ... a fall too: its first value is no range's low end, and not lost
    ("Inspections fell from 364 to 214.", [("364", 364), ("214", 214)]),
    ("The board cut the medical budget from DLV 420,000 to DLV 180,000.", [("420,000", 420_000), ("180,000", 180_000)]),
    # ... and an amount given to a count is the amount, then the count
    ("The court awarded KVT 1,850,000 to 58 claimants.", [("1,850,000", 1_850_000), ("58", 58)]),
    ("It must pay **HCR 3.2 million** to **212 families**.", [("3.2 million", 3_200_000), ("212", 212)]),
    # ... shares too, each with its sign or not
    ("Unemployment fell from 12% to 8%.", [("12%", 12), ("8%", 8)]),
    ("Unemployment fell from 12 to 8 per cent.", [("12", 12), ("8 per cent", 8)]),
    # ... and an amount, then a share as its other choice
    ("The law allowed up to HVD 50 million or 5% of turnover.", [("50 million", 50_000_000), ("5%", 5)]),
])
def test_a_change_from_one_value_to_another_is_two_claims_not_an_interval(text, ends):
    found = [(c.text, c.value.low) for c in claims_in(text) if c.kind is Kind.FIGURE]
    assert found == ends
    assert all(c.value.low == c.value.high for c in claims_in(text))


@pytest.mark.parametrize(("text", "surface"), [
    ("Some camps hold from 150,000 to 200,000 people.", "150,000 to 200,000"),
    ("Fines for illegal logging were raised and now run from $1,000 to $5,000.", "$1,000 to $5,000"),
    ("Room prices go from $20 to $50 a night.", "$20 to $50"),
    ("The new cranes can lift from 5 to 12 tonnes.", "5 to 12"),
])
def test_a_range_introduced_by_from_stays_one_interval(text, surface):
    value = the_claim(text, surface).value
    assert value.low < value.high


def test_minutes_to_the_hour_are_a_time_not_a_fall():
    """"at twenty to three in the morning" is a time of day: not twenty of something, fallen to three."""
    found = [c.text for c in claims_in("The first patient arrived at twenty to three in the morning.")]
    assert "twenty" not in found


def test_one_of_is_not_a_figure():
    assert claims_in("One of the women stays at home; one day she left.") == []


def test_once_as_a_conjunction_and_a_quarter_of_a_place_are_no_frequency():
    assert claims_in("Once the case closed, every quarter of the city was calm.") == []
    # nor a distance, nor an idiom's "twice"
    assert claims_in("A post stood every quarter mile, with samples every quarter-hour.") == []
    assert claims_in("Caterers should think twice; lightning never strikes twice.") == []


def test_a_periods_own_thing_is_no_frequency():
    # "a year's profits", "a year ago": the year is not how often
    read = [(c.text, c.value.unit) for c in claims_in("The firm can be fined three times a year's profits.")]
    assert ("three", "multiple") in read and not [unit for _, unit in read if unit == "times"]


@pytest.mark.parametrize("text", ["It took a quarter of a century.", "He spent half a year there."])
def test_a_fraction_of_a_length_of_time_is_not_a_share(text):
    assert not [c for c in claims_in(text) if c.value.unit == "percent"]


@pytest.mark.parametrize("text, claims", [
    # a fraction glossed by the percentage right after it is one share, told by the percentage
    ("Nearly two-thirds of fishermen, 62%, were told so.", ["62%"]),
    ("Almost a quarter of care staff (23 per cent) saw it.", ["23 per cent"]),
    # ... whatever follows the gloss (not "Just over a" read as one)
    ("Just over a third, 34 per cent, said they drove more.", ["34 per cent"]),
    # not a count after it, nor a percentage of another share
    ("A third of the staff, 120 people, left.", ["A third", "120"]),
    ("Two-thirds of members (40%) voted.", ["Two-thirds", "40%"]),
    ("Almost two-thirds of members—64%—voted.", ["64%"]),
    # a list of shares of other groups glosses nothing
    ("Two-thirds of men, 64% of women and 70% of children were vaccinated.", ["Two-thirds", "64%", "70%"]),
    ("Half of the respondents, 48% of them women, said so.", ["Half", "48%"]),
])
def test_a_fraction_glossed_by_its_percentage_is_one_claim(text, claims):
    assert [c.text for c in claims_in(text)] == claims


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a currency's code, the sources' own, before each end of a range: one range in that currency
    ("(no written contract): VMR 5,000 to VMR 25,000 per worker.", "VMR 5,000 to VMR 25,000",
     Figure(5000, 25000, "currency:VMR")),
    ("Damage was put at between VMR 5 million and VMR 8 million.", "between VMR 5 million and VMR 8 million",
     Figure(5e6, 8e6, "currency:VMR")),
    ("a fine of VMR 5,000 to VMR 25,000", "a fine of VMR 5,000 to VMR 25,000", Penalty("fine", "range", 5000, 25000,
                                                                                       "VMR")),
    ("He faces being fined between VMR 50,000 and VMR 200,000.", "fined between VMR 50,000 and VMR 200,000",
     Penalty("fine", "range", 50000, 200000, "VMR")),
    ("Fines: VMR 5,000 to VMR 25,000 per worker.", "Fines: VMR 5,000 to VMR 25,000",
     Penalty("fine", "range", 5000, 25000, "VMR")),
    # ... and a code the rule pack knows, between the range's words
    ("He faces being fined between EUR 50,000 and EUR 200,000.", "fined between EUR 50,000 and EUR 200,000",
     Penalty("fine", "range", 50000, 200000, "EUR")),
])
def test_a_range_with_a_currency_code_before_each_end_is_one_claim(text, surface, value):
    found = {c.text: c.value for c in extract_claims(parse_document(text, "t.md"), load_pack(),
                                                     {"VMR": "currency:VMR", "vmr": "currency:VMR"})}
    assert found.get(surface) == value, found


@pytest.mark.parametrize(("text", "amounts"), [
    # two currencies' codes: two amounts, each in its own
    ("He was fined between USD 5,000 and EUR 25,000.", {"currency:USD": 5000, "currency:EUR": 25000}),
    ("Loans ranged from VMR 5,000 to USD 25,000.", {"currency:VMR": 5000, "currency:USD": 25000}),
    ("Damage was put at between VMR 5 million and EUR 8 million.", {"currency:VMR": 5e6, "currency:EUR": 8e6}),
    ("A fine of USD 5,000 or EUR 4,600 applies.", {"currency:USD": 5000, "currency:EUR": 4600}),
])
def test_amounts_in_two_currencies_are_never_one_range(text, amounts):
    def unit_and_low(value):
        return (value.unit if isinstance(value, Figure) else f"currency:{value.currency}"), value.low

    found = extract_claims(parse_document(text, "t.md"), load_pack(), {"VMR": "currency:VMR"})
    assert dict(unit_and_low(c.value) for c in found) == amounts
    assert all(c.value.low == c.value.high for c in found)


def test_odds_of_one_in_a_thousand_are_not_a_product_combined():
    """"a 1-in-1,000 chance" is no "3-in-1" product: its thousand is never cut down to a zero."""
    assert all(c.value.low != 0 for c in claims_in("Each donor has a 1-in-1,000 chance of a reaction, a 1-in-1,000-year "
                                                   "risk."))


def test_one_frequency_over_two_periods_is_one_value():
    # so a source's "every quarter" supports a draft's "four times a year" (never a mismatch "4x the sources' figure")
    quarterly = the_claim("Wells are sampled every quarter.", "every quarter").value
    assert quarterly == the_claim("Wells are sampled four times a year.", "four times a year").value
    assert the_claim("Kitchens are visited twice a week.", "twice a week").value.low == 104


def test_an_approximation_before_a_bold_number_bounds_it():
    # "at least **11** known cases": the bound reads across the bold that opens the number
    assert the_claim("That makes at least **11** known cases.", "at least **11", Kind.FIGURE).value.approx == "at-least"
    assert the_claim("About **40** people left.", "About **40", Kind.FIGURE).value.approx == "about"
