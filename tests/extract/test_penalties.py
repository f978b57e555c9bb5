"""Penalties: type, bound and interval in whole months; a bare length is a penalty only in penal context."""

import pytest
from extract_helpers import claims_in, the_claim

from lint.extract import extract_claims
from lint.model import Kind, Penalty
from lint.patterns import load_pack
from lint.source import parse_document

CASES = [
    # a term a judgment sets out, told of its person or its prison
    ("The written judgment sets her term at three and a half years.", "three and a half years",
     Penalty("unspecified", "exact", 42, 42)),
    ("The court set the prison term at four years.", "four years", Penalty("prison", "exact", 48, 48)),
    # ... or as its several terms add up ("the aggregate term")
    ("The written judgment sets the aggregate term at six years and six months.", "six years and six months",
     Penalty("unspecified", "exact", 78, 78)),
    # ... or as a record gives it, or as it is, however its terms are summed
    ("The press summary gives Mr Vendrel's combined sentence as seven years.", "seven years",
     Penalty("unspecified", "exact", 84, 84)),
    ("His sentence was nine years.", "nine years", Penalty("unspecified", "exact", 108, 108)),
    ("The court combined them into an aggregate term of six years and six months.", "six years and six months",
     Penalty("unspecified", "exact", 78, 78)),
    ("The press summary gives nine years. Reporters in court heard the judge pronouncing a total of eight and a half "
     "years.", "eight and a half years", Penalty("unspecified", "exact", 102, 102)),
    # ... or told again as "it", the sentence told of just before
    ("The press summary gives Mr Vendrel's combined sentence as seven years. Page 118 of the written judgment sets it "
     "at seven years and six months.", "seven years and six months", Penalty("unspecified", "exact", 90, 90)),
    # ... or the order that imposes a ban gives its length, or the ban is a court's on keeping animals
    ("The written disqualification order, sealed on 11 December, states a period of ten years.", "ten years",
     Penalty("ban", "exact", 120, 120)),
    ("Venkell was also barred from keeping, owning or dealing in animals for ten years.", "ten years",
     Penalty("ban", "exact", 120, 120)),
    # ... or the ceiling a deal would have set on it: a maximum
    ("He turned down a plea bargain that would have capped his sentence at five years.", "five years",
     Penalty("unspecified", "up-to", None, 60)),
    ("The deal limited her prison term to three years.", "three years", Penalty("prison", "up-to", None, 36)),
    # a ban told by its length, or whose sentence names a judgment as the court's
    ("The operative part of the written judgment imposes a ban of ten years.", "ten years",
     Penalty("ban", "exact", 120, 120)),
    ("The judgment bans her from certification work for ten years.", "ten years", Penalty("ban", "exact", 120, 120)),
    ("The summary says she was banned from certification work for seven years. The written judgment says ten.",
     "seven years", Penalty("ban", "exact", 84, 84)),
    # a suspended term handed to someone, its noun left out
    ("The branch manager received a suspended 14 months, plus 120 hours of community service.", "14 months",
     Penalty("unspecified", "exact", 14, 14)),
    # a term the prosecution asked for, told after it
    ("He got eight years in prison, below the 11 years the prosecution sought.", "11 years",
     Penalty("unspecified", "exact", 132, 132)),
    ("Dorn got six years, less than the eight years prosecutors had asked for.", "eight years",
     Penalty("unspecified", "exact", 96, 96)),
    # ... or a record gives it
    ("The court summary gives his sentence as three years and four months.", "three years and four months",
     Penalty("unspecified", "exact", 40, 40)),
    ("The register records her prison term as three years.", "three years", Penalty("prison", "exact", 36, 36)),
    # (sentence, the penalty's words, expected value)
    ("It is punishable by up to two years labour if repeated.", "up to two years labour",
     Penalty("labour", "up-to", None, 24)),
    ("Women face up to two years of labour.", "up to two years of labour", Penalty("labour", "up-to", None, 24)),
    ("They can receive up to one year of forced labor.", "up to one year of forced labor",
     Penalty("forced-labour", "up-to", None, 12)),
    ("Or up to five years at a forced labor correctional facility in serious cases.",
     "up to five years at a forced labor correctional facility", Penalty("labour-correction", "up-to", None, 60)),
    ("Both carry two to five years of labor correction.", "two to five years of labor correction",
     Penalty("labour-correction", "range", 24, 60)),
    ("Both carry a penalty of up to two to five years of labor correction.",
     "up to two to five years of labor correction", Penalty("labour-correction", "range", 24, 60)),
    ("They were sentenced to just three months at a forced labor camp.", "three months at a forced labor camp",
     Penalty("camp", "exact", 3, 3)),
    ("First offenders were sent to a “labor detention facility” for six months.", "six months",
     Penalty("detention", "exact", 6, 6)),
    ("Repeat offenders were sentenced to over a year.", "over a year", Penalty("unspecified", "over", 12, None)),
    # whom and when between "sentenced" and "to"
    ("The court sentenced the former director, Halvard Dresk, to nine years.", "nine years",
     Penalty("unspecified", "exact", 108, 108)),
    ("He was sentenced on 19 March 2024 to nine years.", "nine years", Penalty("unspecified", "exact", 108, 108)),
    ("The recording has Judge Holst sentencing Sorvik to four years.", "four years",
     Penalty("unspecified", "exact", 48, 48)),
    # a record of the term gives it, the person named, or as it was read out
    ("The written summary gives Lena Sorvik's sentence as four years and six months.", "four years and six months",
     Penalty("unspecified", "exact", 54, 54)),
    ("Three reporters noted the sentence as read as three years.", "three years",
     Penalty("unspecified", "exact", 36, 36)),
    ("Sentences in these prison camps may range from one month to several years.", "one month to several years",
     Penalty("camp", "range", 1, None)),
    ("Offenders face not less than five years in prison.", "not less than five years in prison",
     Penalty("prison", "at-least", 60, None)),
    ("He was given a two-year prison sentence.", "two-year", Penalty("prison", "exact", 24, 24)),
    # a law's range after its kind
    ("Active bribery carries imprisonment from two to eight years.", "two to eight years",
     Penalty("prison", "range", 24, 96)),
    # a court's ban from an office or a trade: a penalty of its own type, never a term in custody
    ("He received a seven-year ban from public office.", "seven-year ban", Penalty("ban", "exact", 84, 84)),
    # a ban added to a prison term: the term is no place the length is served in
    ("The judge added a ban on holding public office for 12 years to Dresk's prison term.", "12 years",
     Penalty("ban", "exact", 144, 144)),
    ("The court barred Vrell from holding management posts in railway companies for seven years.", "seven years",
     Penalty("ban", "exact", 84, 84)),
    ("The court convicted her. She may not hold public office for four years.", "four years", Penalty("ban", "exact", 48, 48)),
    ("He was jailed for two years and banned from driving for ten years.", "ten years",
     Penalty("ban", "exact", 120, 120)),
    ("He was jailed for two years and banned from driving for ten years.", "two years",
     Penalty("prison", "exact", 24, 24)),
    ("Solan received seven years behind bars.", "seven years behind bars", Penalty("prison", "exact", 84, 84)),
    ("The trafficker of banned drugs was jailed for nine years.", "nine years", Penalty("prison", "exact", 108, 108)),
    ("The leader of the banned opposition group was jailed for 10 years.", "10 years",
     Penalty("prison", "exact", 120, 120)),
    ("The firm was fined and shut out of public tenders for a decade.", "a decade", Penalty("ban", "exact", 120, 120)),
    # ... whom it shuts out or keeps out named between; "for the next" years
    ("The court shut Halvorn, Drusa and Kestvar Minerals out of its tenders for five years.", "five years",
     Penalty("ban", "exact", 60, 60)),
    ("The court fined Lise Amberg and kept her away from verification work for four years.", "four years",
     Penalty("ban", "exact", 48, 48)),
    ("He was jailed. He was also barred from running any company for the next ten years.", "ten years",
     Penalty("ban", "exact", 120, 120)),
    ("Under Article 52 both are barred from running any clinic for a decade.", "a decade",
     Penalty("ban", "exact", 120, 120)),
    ("She served ten years' imprisonment.", "ten years' imprisonment", Penalty("prison", "exact", 120, 120)),
    ("He spent 18 months in jail.", "18 months in jail", Penalty("prison", "exact", 18, 18)),
    ("It carries a fine of up to 500 dollars.", "a fine of up to 500 dollars", Penalty("fine", "up-to", None, 500, "USD")),
    # a fine's amount, then its other choice: no range whose ends fall, but the fine ("or 4% of turnover", "or two years")
    ("It carries a fine of up to USD 5 million or 4% of turnover, whichever is higher.", "USD 5 million",
     Penalty("fine", "up-to", None, 5_000_000, "USD")),
    ("It can bring a fine of up to USD 500,000 or two years in prison.", "USD 500,000",
     Penalty("fine", "up-to", None, 500_000, "USD")),
    # whom it fines between the verb and the amount: the amount is the claim
    ("She also fined him US$250,000.", "US$250,000", Penalty("fine", "exact", 250000, 250000, "USD")),
    ("The court fined the factory's owner, Marten Halloway, $350,000 on Monday.", "$350,000",
     Penalty("fine", "exact", 350000, 350000, "USD")),
    ("The court fined Halloway $350,000.", "$350,000", Penalty("fine", "exact", 350000, 350000, "USD")),
    ("The regulator fined Meridian Bank €2 million.", "€2 million", Penalty("fine", "exact", 2e6, 2e6, "EUR")),
    # ... a name of the fewest words the amount can follow: a currency code before it is the amount's, whatever
    # word comes after the amount
    ("The regulator fined Vellacom USD 38.2 million under Article 88(3).", "USD 38.2 million",
     Penalty("fine", "exact", 38.2e6, 38.2e6, "USD")),
    ("The regulator fined Vellacom Mobile USD 2 million.", "USD 2 million", Penalty("fine", "exact", 2e6, 2e6, "USD")),
    ("The court fined ACME 4.2 million dollars as a legal person.", "4.2 million dollars",
     Penalty("fine", "exact", 4.2e6, 4.2e6, "USD")),
    # ... a company's own word is no currency code
    ("The regulator fined Meridian BV 2 million euros for the breach.", "2 million euros",
     Penalty("fine", "exact", 2e6, 2e6, "EUR")),
    ("The court fined Halden AG 4 million francs in March.", "4 million francs",
     Penalty("fine", "exact", 4e6, 4e6, "CHF")),
    ("The court fined each defendant $2,000.", "$2,000", Penalty("fine", "exact", 2000, 2000, "USD")),
    ("The court fined him a further $5,000.", "$5,000", Penalty("fine", "exact", 5000, 5000, "USD")),
    # ... and the fined named with "itself", set apart from its people
    ("The court fined Meridian itself $2 million and its director $50,000.", "$2 million",
     Penalty("fine", "exact", 2e6, 2e6, "USD")),
    # the law's fine, told by who may impose it or how high it can go
    ("Section 41b lets courts fine a company up to $100 million.", "up to $100 million",
     Penalty("fine", "up-to", None, 1e8, "USD")),
    ("It carries six years in prison plus a fine that can reach $5 million.", "a fine that can reach $5 million",
     Penalty("fine", "up-to", None, 5e6, "USD")),
    # ... or a law allowing it
    ("Yet the Criminal Code allows up to 12 years for bid rigging.", "up to 12 years",
     Penalty("unspecified", "up-to", None, 144)),
    ("He was convicted under Article 212(3), which allows up to 10 years.", "up to 10 years",
     Penalty("unspecified", "up-to", None, 120)),
    # ... or the ceiling a fine before it sits under
    ("Its fine of $4.2 million sat just below the ceiling of $5 million.", "ceiling of $5 million",
     Penalty("fine", "up-to", None, 5e6, "USD")),
    ("He was fined $600,000, against a legal maximum of $2 million.", "maximum of $2 million",
     Penalty("fine", "up-to", None, 2e6, "USD")),
    ("Owners received the death penalty.", "death penalty", Penalty("death", "exact")),
    ("Traffickers risk life imprisonment.", "life imprisonment", Penalty("life", "exact")),
    ("The crime carries imprisonment of up to three years.", "up to three years", Penalty("prison", "up-to", None, 36)),
    ("It brings a prison term of six to 12 months.", "six to 12 months", Penalty("prison", "range", 6, 12)),
    ("The law raised the maximum penalty to 15 years.", "15 years", Penalty("unspecified", "up-to", None, 180)),
    ("He faces a maximum sentence of seven years in prison.", "seven years in prison",
     Penalty("prison", "up-to", None, 84)),
    ("The maximum penalty is seven years.", "seven years", Penalty("unspecified", "up-to", None, 84)),
    ("The offence carries a maximum of five years.", "a maximum of five years", Penalty("unspecified", "up-to", None, 60)),
    ("The offence carries up to seven years.", "up to seven years", Penalty("unspecified", "up-to", None, 84)),
    ("Repeat offenders face a minimum sentence of two years.", "two years", Penalty("unspecified", "at-least", 24, None)),
    ("The amendment imposed a minimum of seven years for the offence.", "a minimum of seven years",
     Penalty("unspecified", "at-least", 84, None)),
    ("The court imposed seven years in prison.", "seven years in prison", Penalty("prison", "exact", 84, 84)),
    ("Smuggling adds a further term of up to five years.", "up to five years", Penalty("unspecified", "up-to", None, 60)),
    ("It carries prison terms of two to ten years.", "two to ten years", Penalty("prison", "range", 24, 120)),
    ("It also raised the ceiling to 25 years.", "25 years", Penalty("unspecified", "up-to", None, 300)),
    ("Offenders face a fine of between $1,000 and $5,000.", "a fine of between $1,000 and $5,000",
     Penalty("fine", "range", 1000, 5000, "USD")),
    # "fines from" one amount "to" another: a range (but not "fines from $15,000" alone, nor "fines from $2 million up
    # to", nor "raise the fine from $250,000 to")
    ("The Act allows fines from $1 million to $10 million.", "fines from $1 million to $10 million",
     Penalty("fine", "range", 1_000_000, 10_000_000, "USD")),
    ("For that offence the fine ranges from $10,000 to $80,000.", "fine ranges from $10,000 to $80,000",
     Penalty("fine", "range", 10_000, 80_000, "USD")),
    ("The offence is punishable by two and a half years of labour.", "two and a half years of labour",
     Penalty("labour", "exact", 30, 30)),
    # "between" two lengths in two units: a range's ends, not a sum nor the first alone
    ("The drivers were given prison terms of between 18 months and four years.", "18 months and four years",
     Penalty("prison", "range", 18, 48)),
    ("They were jailed for between one year and 18 months.", "one year and 18 months",
     Penalty("prison", "range", 12, 18)),
    # without "between", "and" joins two terms, each read alone: no range, and never one running backwards
    ("The managers received six-year and five-year terms.", "six-year", Penalty("unspecified", "exact", 72, 72)),
    ("The managers received six-year and five-year terms.", "five-year terms", Penalty("unspecified", "exact", 60, 60)),
    ("They got five-year and six-year prison terms.", "six-year prison", Penalty("prison", "exact", 72, 72)),
    ("He was jailed for two years and six months.", "two years and six months", Penalty("prison", "exact", 30, 30)),
    # a court table's "3 years 6 months": years then months, one space each
    ("He was jailed for 3 years 6 months.", "3 years 6 months", Penalty("prison", "exact", 42, 42)),
    ("He faces two to three and a half years in prison.", "two to three and a half years in prison",
     Penalty("prison", "range", 24, 42)),
    ("He faces between two years and six months and five years in prison.",
     "two years and six months and five years in prison", Penalty("prison", "range", 30, 60)),
    # a length given or received, in a paragraph about a court's sentence
    ("His two managers each received five years. A clerk was acquitted.", "five years",
     Penalty("unspecified", "exact", 60, 60)),
    ("Brenko was given eight years in prison and a fine of 6 million dollars; a further 18 months will run at the "
     "same time, the judge ruled.", "18 months", Penalty("unspecified", "exact", 18, 18)),
    # ... or a headline's present tense ("jails", "sentences")
    ("Warehouse owner gets nine years as court jails fire inspector", "nine years",
     Penalty("unspecified", "exact", 108, 108)),
    # ... or of a fine
    ("Its project director was given five years. The firm was fined 65 million dollars.", "five years",
     Penalty("unspecified", "exact", 60, 60)),
    ("Kelmar received eight years and a fine of 400,000 dollars.", "eight years", Penalty("unspecified", "exact", 96, 96)),
    # ... or a range of terms given to several ("received between 18 months and five years")
    ("The court convicted seven. The eleven others received between 18 months and five years.",
     "18 months and five years", Penalty("unspecified", "range", 18, 60)),
    # ... or of a court's ban
    ("The pharmacist received three years and is barred from working as a pharmacist for eight years.",
     "three years", Penalty("unspecified", "exact", 36, 36)),
    # ... or in a list whose introduction speaks of a trial
    ("Two men stood trial with him:\n\n- Luka Harrim, a former officer, received five years for forging permits.\n",
     "five years", Penalty("unspecified", "exact", 60, 60)),
    # a length with a bound of its own, after a penalty of its clause, is that penalty's other bound
    ("Section 31 sets a minimum term of four years for dealing in protected species and a ceiling of 15 years.",
     "15 years", Penalty("unspecified", "up-to", None, 180)),
    ("Forced labour (Article 147) carries three to 12 years' imprisonment and debt bondage (Article 148) "
     "up to 10 years.", "up to 10 years", Penalty("prison", "up-to", None, 120)),
    ("Negligently causing serious harm carries between one and five years in prison, and endangering a child up to "
     "three years.", "up to three years", Penalty("prison", "up-to", None, 36)),
    # a length given or laid down in a sentence that names a provision
    ("The court ordered his trucks forfeited under Section 46. The inspector, Petra Vosk, got five years.",
     "five years", Penalty("unspecified", "exact", 60, 60)),
    ("Moving sand without a waybill, under Section 19 of the same Act, brings up to two years.",
     "up to two years", Penalty("unspecified", "up-to", None, 24)),
    ("The Act's Section 8 lays down a minimum of ten years for digging inside the zone.",
     "a minimum of ten years", Penalty("unspecified", "at-least", 120, None)),
    ("He was convicted. Vosk, 49, was given the maximum of eight years for accepting bribes.",
     "maximum of eight years", Penalty("unspecified", "up-to", None, 96)),
    # another term handed down with the first, or added to it
    ("The judge convicted him. She gave him six years for mining and nine years for dredging.", "nine years",
     Penalty("unspecified", "exact", 108, 108)),
    ("The judge gave him six years for mining and added two years for the bribery.", "two years",
     Penalty("unspecified", "exact", 24, 24)),
    # the value a penalty was changed from: the same type and bound
    ("Felling now carries up to five years in prison, up from three years before the amendment.", "three years",
     Penalty("prison", "up-to", None, 36)),
    ("Felling: up to seven years' imprisonment (three years before 2017).", "three years",
     Penalty("prison", "up-to", None, 36)),
    # a change of the law's penalty is two values, not a range: the old and the new, bounded as it says
    ("The amendment raised the maximum penalty from five to ten years.", "ten years",
     Penalty("unspecified", "up-to", None, 120)),
    ("The 2019 Act raised the maximum from seven to ten years.", "seven", Penalty("unspecified", "up-to", None, 84)),
    ("The law cut the minimum sentence from three years to one year.", "one year",
     Penalty("unspecified", "at-least", 12, None)),
    ("The court extended his sentence from five to seven years.", "seven years", Penalty("unspecified", "exact", 84, 84)),
    ("It should raise the maximum penalty under Article 219(3) of the Criminal Code from ten to fifteen years' "
     "imprisonment.", "ten", Penalty("prison", "up-to", None, 120)),
    ("The Act raises the maximum prison term for trafficking in protected species from three years to ten years.",
     "three years", Penalty("prison", "up-to", None, 36)),
    # a list of terms asked for, each its person's, past an aside after a name
    ("Prosecutors had asked for eight years for Mällberg, the most Article 41(3) allows, and five years for Vasslund.",
     "five years", Penalty("unspecified", "exact", 60, 60)),
    # ... the penalty first, then its verb of change
    ("The maximum penalty under Article 41(3) should rise from eight to twelve years.", "twelve years",
     Penalty("unspecified", "up-to", None, 144)),
    ("Campaigners want the maximum sentence to be raised from eight to twelve years.", "eight",
     Penalty("unspecified", "up-to", None, 96)),
    # the verb left out for the next person, or the person set off by who they are
    ("Kolstad was jailed for five years, and inspector Lidia Sarnow for four and a half years.",
     "four and a half years", Penalty("prison", "exact", 54, 54)),
    ("The court barred Strasz from public office for 10 years, and Garrod for seven years.", "seven years",
     Penalty("ban", "exact", 84, 84)),
    ("His co-defendants fared better. Maren Tollefsrud got three years and nine months.",
     "three years and nine months", Penalty("unspecified", "exact", 45, 45)),
    ("Judge Solveig Brattli handed Maren Tollefsrud, the company's former operations director, four years.",
     "four years", Penalty("unspecified", "exact", 48, 48)),
    # bold markup between a lead and its term: "disqualification from public office for **10 years**"
    ("Sentence of **eight years' imprisonment** and disqualification from public office for **10 years**.",
     "10 years", Penalty("ban", "exact", 120, 120)),
    # "from" after a change that is not the penalty's: a range still
    ("Parliament increased sentences for fraud by officials, which now carry from one to five years in prison.",
     "one to five years in prison", Penalty("prison", "range", 12, 60)),
    ("Since the increase poachers face from five to ten years in prison.", "five to ten years in prison",
     Penalty("prison", "range", 60, 120)),
    ("The judge gave him six years for mining and nine years on the bribery count.", "nine years",
     Penalty("unspecified", "exact", 108, 108)),
    ("Faur, who acted on orders, will therefore serve six years.", "six years", Penalty("unspecified", "exact", 72, 72)),
    ("The longest sentence a court could hand down for it was seven years.", "seven years",
     Penalty("unspecified", "exact", 84, 84)),
    ("He had already received a two-year suspended sentence in 2009.", "two-year suspended sentence",
     Penalty("unspecified", "exact", 24, 24)),
    ("Under Section 61 the amendment brought in a minimum of three years.", "a minimum of three years",
     Penalty("unspecified", "at-least", 36, None)),
    # two terms in one phrase are not one of their sum
    ("He was sentenced to 11 years and six years.", "11 years", Penalty("unspecified", "exact", 132, 132)),
    # a paragraph that told of terms given goes on telling them, past a sentence without a court's word
    ("The court sentenced Veles to nine years. His wife received seven years. Hrebec was given six and a half "
     "years.", "six and a half years", Penalty("unspecified", "exact", 78, 78)),
    # ... and the verb and its preposition left out after a semicolon
    ("The court sentenced Veles to nine years; Salak four and a half years.", "four and a half years",
     Penalty("unspecified", "exact", 54, 54)),
    ("The court jailed Hrebec for six years; Salak four and a half years.", "four and a half years",
     Penalty("prison", "exact", 54, 54)),  # the term before's kind
    # ... after a term given, where the sentences around speak of sentencing
    ("Verdict. Dresk gets nine years; Kostan six years and a five-year ban.", "six years",
     Penalty("unspecified", "exact", 72, 72)),
    ("After the verdict Hrebec received a further nine years; Salak four years.", "four years",
     Penalty("unspecified", "exact", 48, 48)),
    # a paragraph that opens with a term given goes on from the paragraph before, past a heading
    ("Dario Veles was jailed for nine years.\n\nThe technical manager, Ondrej Salak, was given four and a half years.",
     "four and a half years", Penalty("unspecified", "exact", 54, 54)),
    ("Varnek was fined 950,000 veldars.\n\n**What about the junior officers?**\n\nRudi Meskar received three years. "
     "Lena Okkar received three years and six months.", "three years and six months",
     Penalty("unspecified", "exact", 42, 42)),
    # ... or from the question line that opens the answer, or from the prison term the paragraph before names
    ("The pilots were convicted.\n\n**Perun got a lighter sentence. Is that fair?**\n\nHe got four years, half of it "
     "suspended.", "four years", Penalty("unspecified", "exact", 48, 48)),
    ("Besides his prison term, Halvek is barred from office.\n\nLemm, who laundered the proceeds, received six years.",
     "six years", Penalty("unspecified", "exact", 72, 72)),
    # ... or the ban the paragraph before gives
    ("The court found Venn guilty under Article 214(3). He is also barred from managing any company for a decade.\n\n"
     "Marta Kessel, who headed maintenance, received five years on the same two counts.", "five years",
     Penalty("unspecified", "exact", 60, 60)),
    # a court giving a person named a length
    ("When the District Court gave Aldric Venn seven years last month, many felt relief.", "seven years",
     Penalty("unspecified", "exact", 84, 84)),
    ("The judge handed Mr Kolstad three years.", "three years", Penalty("unspecified", "exact", 36, 36)),
    # ... a court named by its seat ("the Regional Court of Ostrel gave"), with no other word of a sentence near
    ("The Regional Court of Ostrel gave Keszler seven years and banned him from running a company.", "seven years",
     Penalty("unspecified", "exact", 84, 84)),
    ("On 14 May the Regional Court of Tessmar gave him nine and a half years.", "nine and a half years",
     Penalty("unspecified", "exact", 114, 114)),
    # ... a person named, who they are set off at length
    ("Presiding Judge Irena Volk gave Mirela Dorn, the former head of the river basin authority's permits office in "
     "Ostrel, five years and six months.", "five years and six months", Penalty("unspecified", "exact", 66, 66)),
    # whom a court sentenced, set off by who the person is at length
    ("The court sentenced Aurel Maskan, the former managing director of Corvast Metals, to four and a half years.",
     "four and a half years", Penalty("unspecified", "exact", 54, 54)),
    # a ban told as a noun
    ("She was sentenced to eight years in prison and disqualification from public office for 10 years.", "10 years",
     Penalty("ban", "exact", 120, 120)),
    ("Beyond the prison term, the judge banned him for 12 years from managing any installation.", "12 years",
     Penalty("ban", "exact", 144, 144)),
    ("Korlan received a 10-year ban on managing a company on top of his prison term.", "10-year ban",
     Penalty("ban", "exact", 120, 120)),
    # whom a court jailed, named after who they are; the next person's term with its verb left out
    ("Judge Marsk also jailed senior inspector Teodor Vask for seven years under Article 287(4).", "seven years",
     Penalty("prison", "exact", 84, 84)),
    ("The court jailed Aurel Dimitran, the network's head of integrity, for six years.", "six years",
     Penalty("prison", "exact", 72, 72)),
    ("The court sentenced Teodor Vask, 54, to seven years and Mirela Danek, 41, to four and a half years.",
     "four and a half years", Penalty("unspecified", "exact", 54, 54)),
    ("The judge jailed Vask for seven years under Article 287(4), and his colleague Mirela Danek for four years.",
     "four years", Penalty("prison", "exact", 48, 48)),
    # the period a term is suspended for: a probation, a term of its own sort
    ("She received 3 years' imprisonment, suspended for 4 years.", "4 years", Penalty("probation", "exact", 48, 48)),
    ("Ferreng was convicted and received three years suspended for five years.", "five years",
     Penalty("probation", "exact", 60, 60)),
    ("Ferreng was convicted and received three years suspended for five years.", "three years",
     Penalty("unspecified", "exact", 36, 36)),
    ("The court convicted him. He got a two-year term suspended for a probation period of three years.", "three years",
     Penalty("probation", "exact", 36, 36)),
    # a fraction in a hyphenated adjective
    ("Sorin received a two-and-a-half-year suspended sentence.", "two-and-a-half-year",
     Penalty("unspecified", "exact", 30, 30)),
    # a list of persons, each item opening with the name and who they are, then the term
    ("## Who was convicted?\n\n- **Ivo Brannik**: nine years in prison for causing deaths.\n- **Teodor Vask**, senior "
     "inspector: seven years, for bribe-taking under Article 313(1).\n", "seven years",
     Penalty("unspecified", "exact", 84, 84)),
    # "ban from" after a determiner or a list's separator is the noun, as a court's table writes it
    ("He was sentenced to nine years and a ban from public office for 10 years.", "10 years",
     Penalty("ban", "exact", 120, 120)),
    ("| Name | Sentence |\n|---|---|\n| Edrik Salvane | 9 years' imprisonment; fine of 1.2 million; ban from public "
     "office for 10 years |", "10 years", Penalty("ban", "exact", 120, 120)),
    # ... on what it bars, by its length alone, or with the verb's plain form
    ("The court sentenced Ilse Malvich to four years and a ban on company directorships of eight years.",
     "eight years", Penalty("ban", "exact", 96, 96)),
    # ... what it bars told at length, as a court's table does
    ("| Name | Sentence |\n|---|---|\n| Orin Vesk | 6 years' imprisonment; ban on holding public office or managerial "
     "posts in public health institutions for 8 years |", "8 years", Penalty("ban", "exact", 96, 96)),
    ("The court jailed Strasz. Garrod's ban is seven years.", "seven years", Penalty("ban", "exact", 84, 84)),
    ("The court fined Halvard, and its ban of twelve years is among the longest.", "twelve years",
     Penalty("ban", "exact", 144, 144)),
    ("Article 52 of the Criminal Code allows courts to bar offenders from business for up to 12 years.",
     "up to 12 years", Penalty("ban", "up-to", None, 144)),
    ("The court sentenced Valtek to seven years. Korrane received four years and a five-year ban on managing "
     "companies.", "five-year ban", Penalty("ban", "exact", 60, 60)),
    # a ban for life, where a court's sentence is spoken of
    ("The judge also fined him $2 million and banned him for life from the food trade.", "banned him for life",
     Penalty("life-ban", "exact")),
    ("He was convicted and received a lifetime licence ban.", "lifetime licence ban", Penalty("life-ban", "exact")),
    # whom a court jailed, between the verb and the length
    ("The court jailed the former mayor for nine years.", "nine years", Penalty("prison", "exact", 108, 108)),
    # a fine's amount after a label, after the age set off beside whom it fines, after "just"
    ("- Corporate fine: $45 million\n", "$45 million", Penalty("fine", "exact", 45_000_000, 45_000_000, "USD")),
    ("The court also fined Valesk, 58, $2.5 million and barred him.", "$2.5 million",
     Penalty("fine", "exact", 2_500_000, 2_500_000, "USD")),
    ("Halder was fined just $500,000.", "$500,000", Penalty("fine", "exact", 500_000, 500_000, "USD")),
    # a list of terms, each its person's
    ("The court jailed Venn for nine years, Lunde for seven years and Osterholt for four years.", "seven years",
     Penalty("prison", "exact", 84, 84)),
    ("Prosecutors had asked for 11 years for Venn, eight years for Lunde and six years for Osterholt.", "six years",
     Penalty("unspecified", "exact", 72, 72)),
    # a ban from public office is a sentence's, with no court in sight; "barred for" with what from after the length
    ("He was also barred from public office for seven years.", "seven years", Penalty("ban", "exact", 84, 84)),
    ("The site manager was jailed for five years and barred for six years from any job in safety.", "six years",
     Penalty("ban", "exact", 72, 72)),
    # whom a court jailed told at length, and the next person's term after the employer whose person it is
    ("The court jailed Halvorn's former chief executive Teodor Marchelis for six years and Drusa's former "
     "commercial director Lina Orvat for four years.", "six years", Penalty("prison", "exact", 72, 72)),
    ("The court jailed Halvorn's former chief executive Teodor Marchelis for six years and Drusa's former "
     "commercial director Lina Orvat for four years.", "four years", Penalty("unspecified", "exact", 48, 48)),
    # a law's maximum named alone, where a court's sentence or a provision is in sight
    ("Brannik was convicted under Article 342(4). His nine years sit well below the maximum of 15 years the law "
     "allows.",
     "maximum of 15 years", Penalty("unspecified", "up-to", None, 180)),
    # a provision's range set after it in a list, or laid down by it; a fine as the other choice; what it punishes
    # between the verb and the length
    ("- Article 287(1) of the Criminal Code: up to three years\n", "up to three years",
     Penalty("unspecified", "up-to", None, 36)),
    ("- **Article 51:** up to three years\n", "up to three years", Penalty("unspecified", "up-to", None, 36)),
    ("- **Article 47(3)** – offences by an organised group: three to ten years.\n", "three to ten years",
     Penalty("unspecified", "range", 36, 120)),
    ("Where it causes death, paragraph 3 allows two to ten years.", "two to ten years",
     Penalty("unspecified", "range", 24, 120)),
    ("In its basic form, under paragraph 1, it is punishable by a fine or up to five years.", "up to five years",
     Penalty("unspecified", "up-to", None, 60)),
    ("Article 312(1) punishes the use of forged documents with up to five years.", "up to five years",
     Penalty("unspecified", "up-to", None, 60)),
    ("- § 263 StGB: up to five years\n", "up to five years", Penalty("unspecified", "up-to", None, 60)),
    # a court's sentences told by their range, whatever follows it
    ("Sentences ranged from two to five years among the defendants.", "two to five years",
     Penalty("unspecified", "range", 24, 60)),
    ("Their terms ranged from three to seven years apiece.", "three to seven years",
     Penalty("unspecified", "range", 36, 84)),
    # a bare number's half, its unit the term before's
    ("The court jailed Oskar Venhalt for six years, and site manager Jana Perlic for four and a half.",
     "four and a half", Penalty("prison", "exact", 54, 54)),
]


@pytest.mark.parametrize(("text", "surface", "value"), CASES, ids=[c[1] for c in CASES])
def test_penalty_value(text, surface, value):
    claim = the_claim(text, surface, Kind.PENALTY)
    assert surface in claim.text
    assert claim.value == value


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Recruits were trained for about 20 months.", "about 20 months", "months"),

    ("Workers have only two days of rest per year.", "two days", "days"),
    ("The project took two years to finish.", "two years", "months"),
    # a maximum of what else it bounds, or of days, though a provision is named
    ("Under Section 40 a ferry may sail for a maximum of 14 hours. The maximum stay is 90 days.", "90 days", "days"),
    ("Under Section 40 the maximum for a permit is 30 days.", "30 days", "days"),
    ("The judges delivered their verdict. Mining licences are granted for a maximum of 10 years.",
     "a maximum of 10 years", "months"),
    ("Civil servants are barred from holding public office for two years after leaving a ministry post.", "two years",
     "months"),
    ("The ministry imposed a two-year ban on exports.", "two-year", "months"),
    # given or received, but not a court's sentence
    ("His two managers each received five years.", "five years", "months"),
    ("She was given 18 months to repay the loan after the court case.", "18 months", "months"),
    ("She wanted two years off work before the court case.", "two years", "months"),
    ("Trainees received five years of training before the court case.", "five years", "months"),
    ("The Ministry of Justice said the project would take another five years.", "five years", "months"),
    ("The Justice Initiative received five years' funding after the court case.", "five years", "months"),
    ("The prison was closed. Staff got six months' pay.", "six months", "months"),
    ("The court convicted both. The appeal is due in May. Nothing else happened. They got two years.",
     "two years", "months"),
    ("Many stood trial:\n\n- Trainees received five years of training.\n", "five years", "months"),
    # the paragraph before speaks of no sentence, or the term is not among its paragraph's first sentences
    ("The firm moved to Teskov.\n\nIts founder was given two years.", "two years", "months"),
    ("The verdict is due on Friday.\n\nThe contractor was given 18 months.", "18 months", "months"),
    ("Radek Hollan was sentenced on Monday.\n\n## The bridge\n\nThe contractor was given 18 months, "
     "but the bridge is unfinished.", "18 months", "months"),
    ("Dario Veles was convicted in May.\n\nThe firm moved. It hired staff. Its founder was given two years.",
     "two years", "months"),
    ("Dario Veles was convicted in May. The firm moved. It hired staff. Its founder was given two years.",
     "two years", "months"),  # a conviction tells of no term given
    ("The report was due in 2019; Paris 12 years later.", "12 years", "months"),
    ("She had managed the Halden depot for six years; Osterby for two years before that.", "two years", "months"),
    # (a thing received, many words before its length, is no term given)
    ("At the verdict she received the depot keys for six years; Osterby for two years.", "two years", "months"),
    ("The report gives the deadline as four years.", "four years", "months"),
    ("Under Section 12 the new plan brings five years of funding.", "five years", "months"),
    ("Imports of the pesticide were banned in 2019 for two years.", "two years", "months"),  # no one barred from anything
    ("Residents were locked out of their homes for two weeks.", "two weeks", "days"),
    ("He may not work for two years after the injury.", "two years", "months"),
    ("Residents were barred from returning to their homes for three years.", "three years", "months"),
    ("The votes were excluded from the count for three years.", "three years", "months"),
    ("The pesticide was banned in the EU in 2018. Farmers were given two years.", "two years", "months"),
    ("The ministry gave Velmar Holdings three years to comply.", "three years", "months"),
    ("Police detained 40 people for two days.", "two days", "days"),
    ("The ban from the EU market for two years hit exporters.", "two years", "months"),
    ("The ministry kept its ban on exports of grain for two years.", "two years", "months"),
    ("The bar from the club for two years was lifted.", "two years", "months"),
    ("The ministry imposed a two-year ban on fishing in the bay.", "two-year", "months"),
    ("The court gave Meridian Bank two years.", "two years", "months"),
    ("The High Court gave Westminster Council 18 months.", "18 months", "months"),
    ("The council gave Anna Berg two years to rebuild the wall.", "two years", "months"),
    ("He was sentenced in 2019 and moved to Spain for three years.", "three years", "months"),
    ("The permit allows up to 12 hours of work a day.", "up to 12 hours", "hours"),
    ("The Act allows firms three years to comply.", "three years", "months"),
    # a law's time limit in days, weeks or months, with no bound or type, is no term
    ("The Funeral Services Act allows 28 days.", "28 days", "days"),
    ("At present Article 19 of the Act allows 48 months between inspections.", "48 months", "months"),
    ("Vask was sentenced after a trial that lasted close to two years.", "close to two years", "months"),
    ("She was sentenced in 2021, and her appeal took close to three years.", "close to three years", "months"),
    ("The board set the term at five years for the loan.", "five years", "months"),
    ("The bank set the total term at five years for the loan.", "five years", "months"),
    # an office's term is no sentence, nor is a ban on keeping animals that a rule sets for many
    ("Her term was four years as mayor.", "four years", "months"),
    ("The bank set the loan's term. The contract sets it at five years.", "five years", "months"),
    ("Residents were barred from keeping dogs for two years under the new tenancy rules.", "two years", "months"),
])
def test_a_length_without_penal_context_is_a_figure(text, surface, unit):
    kinds = {c.kind for c in claims_in(text)}
    assert Kind.PENALTY not in kinds
    assert the_claim(text, surface, Kind.FIGURE).value.unit == unit


@pytest.mark.parametrize(("text", "surface"), [
    # a paragraph that told of a term goes on telling terms given to persons named, not a company's deadline
    ("The driver was sentenced to three years in prison. The company keeps its licence, the regulator said. It was "
     "given six months, until August, to fit tachographs.", "six months"),
    # nor does a court's paragraph make a ban a rule-maker owns, or no ban's length, a court's
    ("The court sentenced Veles to nine years. The ministry's ban on imports of grain for two years was lifted.",
     "two years"),
    ("The court jailed Dunn for eight years. The smoking ban was two years in the making.", "two years"),
    ("The court jailed Dunn for eight years. The new rules bar trucks from the old bridge for three years.",
     "three years"),
    # a ban's verb reaches no further than the sentences next to a court's
    ("Kolstad was jailed for five years. Her deputy kept his post. The site was closed. Residents were barred "
     "from the site for two years.", "two years"),
])
def test_a_length_in_a_court_paragraph_that_is_no_term_stays_a_figure(text, surface):
    assert the_claim(text, surface).kind is Kind.FIGURE


@pytest.mark.parametrize("text", [
    "He was jailed for five years; the trial took up to 20 months.",
    "He was jailed for five years and on probation for up to 20 months.",
    "He got five years in prison, and the appeal could take up to 20 months.",
    "Section 31 sets a minimum term of four years, and the case took up to 20 months.",
])
def test_a_bounded_length_that_is_not_the_penaltys_other_bound_is_a_figure(text):
    assert the_claim(text, "up to 20 months").kind is Kind.FIGURE


@pytest.mark.parametrize("text", [
    "She was sentenced to ten years (two years more than prosecutors sought).",
    "He was convicted. The company was given the two years it asked for.",
    "Under Section 5, the firm got two years more to comply.",
    "The delay added two years, officials said. Section 19 covers permits.",
    "He was jailed for five years and spent two years abroad.",
    "He was jailed for five years, and two years later he was released.",
    "He got five years in prison and waited two years for an appeal.",
    "See article 5 in this series. The mayor gave them two years.",  # "article 5" in lowercase names no provision
    "The lender capped the loan at two years.",  # a cap on no one's sentence
    "The council imposed a ban of two years on fishing in the bay.",  # a rule's ban, no court's
    "The trial lasted two years that prosecutors wanted shorter.",
])
def test_a_length_that_is_no_term_stays_a_figure(text):
    assert the_claim(text, "two years").kind is Kind.FIGURE


def test_a_range_given_for_something_else_than_a_term_stays_a_figure():
    text = "The court convicted them. They were given between two and five years to repay the loans."
    assert the_claim(text, "two and five years").kind is Kind.FIGURE


@pytest.mark.parametrize(("text", "surface"), [
    ("He got five years in prison and two years of probation.", "two years"),
    ("Reinholt receives two and a half years, suspended, with two years' probation.", "two years"),
    ("- **Marenk**: two years under Article 181(1), suspended with a probation period of four years.", "four years"),
    ("Reyval was given a three-year suspended sentence with a probation period of five years.", "five years"),
    ("Kuncel received a two-year sentence under Article 221(2), suspended for three years.", "three years"),
])
def test_the_probation_a_suspended_term_comes_with_is_a_term_of_its_own(text, surface):
    claim = the_claim(text, surface)
    assert claim.kind is Kind.PENALTY
    assert claim.value.type == "probation"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Brannik was jailed for nine years. The official who sold the places got seven. The middleman got six.", "seven",
     Penalty("prison", "exact", 84, 84)),
    ("Brannik was jailed for nine years. The official who sold the places got seven. The middleman got six.", "six",
     Penalty("prison", "exact", 72, 72)),
    ("Katrin Oswey will serve four and a half years. Miron Astel got three.", "three",
     Penalty("unspecified", "exact", 36, 36)),
    ("The aggravated-fraud provision carries up to ten years, and Halvek got six.", "six",
     Penalty("unspecified", "exact", 72, 72)),
    # ... or a column's verbless tally, each length opening its clause with whom it is for
    ("Fourteen years for Matteo Rusek, eight for Ilena Vasquel. The sentences were stiff.", "Fourteen years",
     Penalty("unspecified", "exact", 168, 168)),
    ("Fourteen years for Matteo Rusek, eight for Ilena Vasquel. The sentences were stiff.", "eight",
     Penalty("unspecified", "exact", 96, 96)),
    ("Seven years for the captain. Six for the managing director. Suspended sentences for the rest.", "Six",
     Penalty("unspecified", "exact", 72, 72)),
    # ... after "and", whom it is for after it too; in digits where the term before was told for whom it was
    ("The court jailed Vesk for 14 years. Prosecutors had asked for 18 years for Vesk and ten for his wife.", "ten",
     Penalty("unspecified", "exact", 120, 120)),
    ("Prosecutors had sought nine years for Osterlund and six for Holt.", "six", Penalty("unspecified", "exact", 72, 72)),
    ("Prosecutors had asked for 14 years for Vasko, 10 for Andrass and eight for Brenc.", "10",
     Penalty("unspecified", "exact", 120, 120)),
    # ... and what a court chose or settled on
    ("Prosecutors asked for six years. The court chose four, citing his clean record.", "four",
     Penalty("unspecified", "exact", 48, 48)),
])
def test_a_bare_number_given_after_a_term_in_its_paragraph_is_a_term_in_years(text, surface, expected):
    """(and a length opening its sentence with whom it is for, among words of sentencing)"""
    assert the_claim(text, surface).value == expected


@pytest.mark.parametrize("text", [
    "He was jailed for nine years.\n\nThe team got three.",  # another paragraph
    "He was jailed for nine years. The union got three of its demands met.",  # what it got is counted
    "He was fined 3,000 dollars. The team got three.",  # a fine's amount gives no unit of time
    "He was jailed for nine years. They chose three for the final.",  # not opening its clause
    "He was jailed for 18 months. His accomplice got three.",  # a term in months gives no unit of years
    "He was jailed for nine years. Three years for the appeal to be heard is too long.",  # what it is for, not whom
    "He was jailed for nine years. Of 60 flats, 13 went to the elderly and three for the young were built.",
    "He was jailed for nine years. Voters chose three, the lowest number yet.",
    "He was jailed for nine years. The firm was fined 20 million velars for the first breach and three for the second.",
])
def test_a_bare_number_given_with_no_term_in_years_before_it_in_its_paragraph_stays_a_count(text):
    assert the_claim(text, "hree").kind is Kind.FIGURE


def test_what_keeps_someone_out_of_public_life_is_no_ban():
    text = "He was convicted and jailed for two years. The scandal kept him out of public life for ten years."
    assert the_claim(text, "ten years").kind is Kind.FIGURE


def test_digits_after_a_term_are_counts_not_terms():
    text = "Kessler was jailed for six years. Of the 60 flats, 12 for the elderly were never built."
    assert the_claim(text, "12").kind is Kind.FIGURE


@pytest.mark.parametrize(("text", "surface"), [
    ("Hollan was ordered to pay a fine. Prosecutors had asked for 13 years.", "13 years"),
    ("The trial heard 46 witnesses. Prosecutors sought 11 years for Mr Hollan.", "11 years"),
    ("Prosecutors wanted nine years; they may yet get closer on appeal.", "nine years"),
    ("The verdict fell short of the sentence prosecutors sought. The families had called for nine years.",
     "nine years"),
])
def test_the_term_the_prosecution_asked_for_is_a_penalty(text, surface):
    assert the_claim(text, surface, Kind.PENALTY).value.bound == "exact"


@pytest.mark.parametrize(("text", "surface"), [
    ("The firm sought 18 months to repay the loan.", "18 months"),
    ("The union asked for 12 months of back pay.", "12 months"),
])
def test_a_length_asked_for_outside_a_court_is_a_figure(text, surface):
    assert the_claim(text, surface, Kind.FIGURE).value.unit == "months"


@pytest.mark.parametrize("text", [
    "The regulator fined the bank, which had earned $40 million from the scheme.",
    "The regulator fined the bank which had earned $40 million from the scheme.",
    "He was fined after earning $40 million from the sales.",
    "The court fined him and ordered him to repay $40 million.",
    "The firm was fined by the court. Halloway paid $40 million for the boat.",
])
def test_an_amount_in_another_clause_than_fined_is_no_fine(text):
    assert the_claim(text, "$40 million", Kind.FIGURE).value.unit == "currency:USD"


@pytest.mark.parametrize(("text", "surface"), [
    ("The regulator fined 12 companies in 2021.", "12"),
    ("The regulator fined each of the four banks last year.", "four"),
])
def test_a_count_of_whom_a_body_fined_is_no_fine(text, surface):
    assert the_claim(text, surface, Kind.FIGURE).value.unit == "count"


def guessed(text: str) -> dict[str, object]:
    """Each claim's text and value, read as a reference build's first reading does (guessing currencies)."""
    return {c.text: c.value for c in extract_claims(parse_document(text, "s.md"), load_pack(), guess_currencies=True)}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a build's first reading takes the word after a fine's amount for its currency
    ("The court imposed a fine of 400,000 velars on the firm.", "a fine of 400,000 velars",
     Penalty("fine", "exact", 400_000, 400_000, "VELARS")),
    ("Strasz was fined 4.5 million velars.", "fined 4.5 million velars",
     Penalty("fine", "exact", 4_500_000, 4_500_000, "VELARS")),
    ("Section 9 allows a fine of up to 2,000 krell.", "a fine of up to 2,000 krell",
     Penalty("fine", "up-to", None, 2000, "KRELL")),
    ("The court also fined Kestrin 2 million ducats and banned him.", "2 million ducats",
     Penalty("fine", "exact", 2_000_000, 2_000_000, "DUCATS")),
    ("A 300-krell fine was imposed.", "300-krell fine", Penalty("fine", "exact", 300, 300, "KRELL")),
    # bold markup inside the phrase, as court summaries set their sentences
    ("Sentence: eight years, a fine of **250,000 velars**, and a ban.", "a fine of **250,000 velars",
     Penalty("fine", "exact", 250_000, 250_000, "VELARS")),
    # a fine told by what it is, after its own words; a maximum one is a ceiling
    ("The fine imposed on their company, 4.2 million orsens, will never be collected.", "4.2 million orsens",
     Penalty("fine", "exact", 4_200_000, 4_200_000, "ORSENS")),
    ("The maximum administrative fine for a breach is 50,000 orsens.", "50,000 orsens",
     Penalty("fine", "up-to", None, 50_000, "ORSENS")),
])
def test_a_builds_first_reading_takes_a_fines_unknown_word_for_its_currency(text, surface, expected):
    assert guessed(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # what a body fined many comes to in all is their fine
    ("The inspectorate fined four producers a total of 148.6 million velars.", "148.6 million velars",
     Penalty("fine", "exact", 148_600_000, 148_600_000, "VELARS")),
    ("In July the inspectorate fined four of the companies a combined 61.8 million tessars.", "61.8 million tessars",
     Penalty("fine", "exact", 61_800_000, 61_800_000, "TESSARS")),
    ("It fined the other companies a total of 61.8 million tessars.", "61.8 million tessars",
     Penalty("fine", "exact", 61_800_000, 61_800_000, "TESSARS")),
    # the verb after "and" in a timeline's entry, and a fine cut on appeal
    ("- **19 September 2023**: ISIO publishes its report and fines Stennick 1.2 million velars.",
     "1.2 million velars", Penalty("fine", "exact", 1_200_000, 1_200_000, "VELARS")),
    ("On appeal its fine was cut to 80,000 tessars.", "80,000 tessars",
     Penalty("fine", "exact", 80_000, 80_000, "TESSARS")),
])
def test_a_total_fine_and_a_fine_cut_are_fines(text, surface, expected):
    assert guessed(text)[surface] == expected


@pytest.mark.parametrize("text", [
    "The fines totalling 19.7 million velars were paid.",
    "The regulator fined 12 companies a total of 30 times.",
    "The union and fines committee met 1.2 million velars short of its goal.",
])
def test_totals_of_fines_told_by_the_fines_and_counts_are_no_fines(text):
    assert all(c.kind != Kind.PENALTY for c in extract_claims(parse_document(text, "s.md"), load_pack(),
                                                                  guess_currencies=True))



@pytest.mark.parametrize(("text", "surface"), [
    ("The regulator fined 40 drivers last year.", "40"),
    ("The court fined 12 companies.", "12"),
    ("The union wants fines of 300 workers' wages.", "300"),
    ("The firm was fined 3 million under the act.", "3 million"),
    ("It was fined 2,000 last month.", "2,000"),
    ("A fine of 10,000 plus costs was imposed.", "10,000"),
    ("The judge imposed a fine of 50 monthly salaries.", "50"),
    ("The firm was fined 3 million pounds.", "3 million"),  # a weight as often as money
    ("Police issued 4,000 speeding fines.", "4,000"),
    ("The regulator imposed 40 new fines.", "40"),
])
def test_a_word_that_is_no_currency_is_never_guessed_for_one(text, surface):
    assert not isinstance(guessed(text)[surface], Penalty)


def test_a_drafts_fine_is_in_a_currency_its_reference_knows_or_none():
    text = "Strasz was fined 4.5 million velars."
    assert the_claim(text, "4.5 million", Kind.FIGURE).value.unit == "count"  # no reference: nothing guessed
    found = extract_claims(parse_document(text, "d.md"), load_pack(), {"velars": "currency:VELARS"})
    assert [(c.text, c.value) for c in found] == [
        ("fined 4.5 million velars", Penalty("fine", "exact", 4_500_000, 4_500_000, "VELARS"))]
    dollars = "Sentence: eight years, a fine of **$250,000**, and a ban."
    assert the_claim(dollars, "$250,000", Kind.PENALTY).value == Penalty("fine", "exact", 250_000, 250_000, "USD")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("The Act allows a penalty of up to 60 million dollars.", "a penalty of up to 60 million dollars",
     Penalty("fine", "up-to", None, 60e6, "USD")),
    ("The court may fine them $5,000.", "$5,000", Penalty("fine", "exact", 5000, 5000, "USD")),
    # a prison term named beside it says a court's sentence is spoken of
    ("Varnek was banned from public office for 10 years on top of her prison term.", "10 years",
     Penalty("ban", "exact", 120, 120)),
    # the same penalty of another person, named after it
    ("Strasz was sentenced to eight years. Strasz was also barred from public office for 10 years, and Garrod "
     "for seven years.", "seven years", Penalty("ban", "exact", 84, 84)),
])
def test_a_penalty_said_in_other_words(text, surface, expected):
    assert the_claim(text, surface, Kind.PENALTY).value == expected


@pytest.mark.parametrize("text", [
    "The court fined Medora Pharma 4 million euros, Vistal Distribution 3 million and Kern Medical 2.5 million.",
    "The court fined Medora Pharma 4 million euros, Vistal Distribution 3 million\neuros and Kern Medical 2.5 "
    "million euros.",
])
def test_a_list_of_fines_is_fines_whether_or_not_each_says_its_currency(text):
    fines = [c.value for c in claims_in(text, markdown=False) if c.kind is Kind.PENALTY]
    assert fines == [Penalty("fine", "exact", v, v, "EUR") for v in (4e6, 3e6, 2.5e6)]


def test_an_amount_after_a_list_of_fines_that_is_no_fine_stays_a_figure():
    text = "The court fined Halloway $2 million, Ferrand $40,000 and Brightloom Apparel reported $80,000 in losses."
    assert the_claim(text, "$80,000", Kind.FIGURE).value.unit == "currency:USD"


def test_a_length_after_a_penalty_and_a_name_doing_something_else_is_no_term():
    text = "Hollan was sentenced to nine years in prison, and Sorvik spent three years abroad."
    assert the_claim(text, "three years", Kind.FIGURE).value.unit == "months"


def test_several_years_alone_says_nothing_checkable():
    assert not [c for c in claims_in("He was sentenced to several years.") if c.kind == Kind.PENALTY]


def test_a_failed_longer_reading_does_not_hide_the_penalty_inside_it():
    # "23 to ten years" is no range (23 is a section): the penalty that follows is still read
    found = claims_in("It raised the maximum penalty under Section 23 to ten years' imprisonment.")
    assert [(c.kind.value, c.text) for c in found] == [("statute", "Section 23"),
                                                       ("penalty", "ten years' imprisonment")]


TABLE = """| Offence | Provision | Maximum penalty |
|---|---|---|
| Selling fake goods | Section 23 | seven years and 10 million dollars |
| Copying a brand | Section 5 | six months to two years |

| Region | Years of data |
|---|---|
| North | 12 years |
"""


def test_a_penalty_column_makes_its_lengths_and_amounts_penalties_bounded_by_its_header():
    found = {c.text: c.value for c in claims_in(TABLE)}
    assert found["seven years"] == Penalty("unspecified", "up-to", None, 84)
    assert found["six months to two years"] == Penalty("unspecified", "range", 6, 24)
    money = next(v for t, v in found.items() if t.startswith("10 million"))
    assert money == Penalty("fine", "up-to", None, 10_000_000, "USD")
    # another column's length stays a figure
    assert Kind.PENALTY not in {c.kind for c in claims_in(TABLE) if c.text == "12 years"}


SENTENCES_TABLE = """| Defendant | Prison | Ban | Fine |
|---|---|---|---|
| Halvard Dresk | 9 years | Public office, 10 years | $40,000 |
| Anzhel Brack | 3 years, suspended for 4 years | Public service, 5 years | $15,000 |
"""


def test_a_ban_column_makes_its_lengths_bans_and_a_prison_column_its_lengths_terms():
    found = [(c.text, c.value) for c in claims_in(SENTENCES_TABLE)]
    assert ("10 years", Penalty("ban", "exact", 120, 120)) in found
    assert ("9 years", Penalty("prison", "exact", 108, 108)) in found
    # the period a term is suspended for is probation, whatever column it stands in
    assert ("4 years", Penalty("probation", "exact", 48, 48)) in found
    assert ("$40,000", Penalty("fine", "exact", 40_000, 40_000, "USD")) in found


@pytest.mark.parametrize("header", ["Bank loans", "Export ban", "Ban on trawling", "Prison (annual cost)",
                                    "Refinery output", "Urban jail"])
def test_a_header_that_only_mentions_a_ban_or_a_prison_heads_no_penalties(header):
    """Whole words, and "Ban" and "Prison" only as the whole header: a rule's ban, a prison's costs and a bank's
    loans are figures."""
    table = f"| Year | {header} |\n|---|---|\n| 2022 | $5 million |\n| 2023 | 14 months |\n"
    found = {c.text: c for c in claims_in(table)}
    assert {"$5 million", "14 months"} <= set(found)
    assert not any(isinstance(c.value, Penalty) for c in found.values()), header


def test_a_licence_suspended_is_no_probation_and_a_headers_maximum_still_bounds_a_cell():
    table = ("| Offence | Sentence | Maximum penalty |\n|---|---|---|\n"
             "| Drink-driving | Driving licence suspended for 3 years | 8 years, or suspended for 5 years |\n")
    found = {c.text: c.value for c in claims_in(table)}
    assert found["3 years"].type != "probation"
    assert found["5 years"] == Penalty("probation", "up-to", None, 60)


@pytest.mark.parametrize("text", [
    "The federation banned him for life from football.",
    "The federation's ethics committee ruled that Venn is banned for life from football.",
    # a court spoken of in the next sentence does not make a sports body's ban a court's
    "The football federation banned Venn for life. He had been sentenced to two years for fraud in 2019.",
])
def test_a_ban_for_life_no_court_gave_is_no_penalty(text):
    assert Penalty("life-ban", "exact") not in [c.value for c in claims_in(text)]


def test_fine_the_adjective_before_a_colon_is_no_fine():
    assert Kind.PENALTY not in {c.kind for c in claims_in("The weather was fine: 45,000 euros was raised for the clinic.")}


def test_a_ban_lifted_is_no_ban_given():
    text = "The court lifted a ban on Orvel Ferries operating on the lake that had been in force for three years."
    assert [c.kind for c in claims_in(text) if c.text.startswith("three years")] != [Kind.PENALTY]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The judge banned him from the food trade for life.", "banned him from the food trade for life",
     Penalty("life-ban", "exact")),
    ("The court disqualified him from driving for life.", "disqualified him from driving for life",
     Penalty("life-ban", "exact")),
    ("He was jailed for life.", "jailed for life", Penalty("life", "exact")),
    # the sentence before names the judge
    ("Judge Kovalt found Venkel guilty of forgery. She also imposed a fine and banned him for life from holding any "
     "aviation licence.", "banned him for life", Penalty("life-ban", "exact")),
])
def test_for_life_after_what_it_bars_or_a_jailing(text, surface, value):
    assert the_claim(text, surface, Kind.PENALTY).value == value


@pytest.mark.parametrize(("text", "surface"), [
    # an age is never a term, whatever penal words are near
    ("The court upheld the exclusion from school of 14-year-old Venn.", "14-year-old"),
    ("The court jailed Venn for 14-year-old Lunde's murder.", "14-year-old"),
    # kidnappers imprison; a ministry's ban is a rule, though a court's sentence comes before it
    ("Kidnappers imprisoned the hostages for three years in a cellar.", "three years"),
    ("The court jailed the trawler's captain for two years. The ministry then imposed a two-year ban on fishing "
     "in the bay.", "two-year"),
    ("After the verdict, the government announced a five-year ban on building near the river.", "five-year"),
    # a length after a provision that is a time to do something, or of something else than a term
    ("- Article 12: 30 days to appeal\n", "30 days"),
    ("- Article 12: 30 days for an appeal\n", "30 days"),
    ("- Article 12 (appeals): 30 days.\n", "30 days"),
    ("Article 14 – notice period: three months.", "three months"),
    ("Article 8 provides for 16 weeks, paid in full.", "16 weeks"),
    ("Under Article 6 the tenant may stay on; paragraph 4 allows six months for that.", "six months"),
    ("Article 7 had been in force for a while – two years, by most counts.", "two years"),
    # what a body punishes with is no term where the length is of what it must do; a call for a length no term
    ("The law punishes landlords who fail to comply with 30 days' notice.", "30 days"),
    ("Vell was jailed for nine years. The opposition called for 30 days, not ten, of public consultation.",
     "30 days"),
    # a list's term is another person's only where that person follows it
    ("He was jailed for nine years for Acme Fraud, three years after the collapse.", "three years"),
])
def test_lengths_beside_penal_words_that_are_no_term(text, surface):
    assert the_claim(text, surface).kind is Kind.FIGURE


@pytest.mark.parametrize("text", ["Production was suspended for three months after the fire.",
                                  "The strike lasted two years, suspended for six months during the pandemic.",
                                  "A probation period of six months applies to new employees."])
def test_a_suspension_of_anything_but_a_term_is_no_penalty(text):
    assert all(c.kind != Kind.PENALTY for c in claims_in(text))


@pytest.mark.parametrize(("text", "surface"), [
    ("The mine's licence was suspended for two years in 2021.", "two years"),
    ("Its punishment? Nordvale's accreditation was suspended for six months.", "six months"),
    ("The same month, Nordvale's accreditation for forest projects is suspended for 12 months.", "12 months"),
    ("It suspended Halvern's registration for nine months from 1 March 2023.", "nine months"),
    ("- **21 November 2022** — Granovo's distribution licence is revoked for five years.", "five years"),
])
def test_a_licence_suspended_or_revoked_for_a_time_is_a_sanction(text, surface):
    assert the_claim(text, surface).kind is Kind.PENALTY


@pytest.mark.parametrize(("text", "surface", "ptype"), [
    ("He was also barred from management posts under Article 58, which allows bans of between one and five years.",
     "one and five years", "ban"),
    ("Article 59 of the Penal Code allows such bans to run for between one and ten years.", "one and ten years", "ban"),
    ("He was sanctioned under Article 64 of the Criminal Code, which allows disqualification for up to 15 years.",
     "15 years", "ban"),
    ("Under Article 58 of the Criminal Code, such bans can run from one to 15 years.", "one to 15 years", "ban"),
    ("He was charged with neglect of duty, for which the law provides one to 10 years.", "one to 10 years",
     "unspecified"),
    ("Courts can also bar offenders from an office or a profession under Article 56, for up to 20 years.", "20 years",
     "ban"),
    ("Vosk is barred from managing a company for 15 years, which ends his career.", "15 years", "ban"),
    ("Brann was convicted under Article 214(1), where the maximum is five years, and of bribery.", "five years",
     "unspecified"),
])
def test_what_a_provision_allows_and_a_persons_ban_are_terms(text, surface, ptype):
    claim = the_claim(text, surface)
    assert claim.kind is Kind.PENALTY
    assert claim.value.type == ptype


@pytest.mark.parametrize("text", [
    "The tenancy law allows tenants to stay for up to ten years, and most do.",
    "The law allows an extension of up to two years for small firms.",
    "Staff are barred from managing a company for two years after leaving the regulator.",
    "The maximum is five years for a lease under Article 12, the ministry says.",
    # (found by review: a term of office, a lease's, an exclusion from a tax base, a moratorium, a job's probation,
    # a fine's second amount, what voters chose)
    "Judges are appointed by the court; the statute provides terms of nine years.",
    "Article 12 of the lease allows terms of up to ten years.",
    "The code provides for exclusions of up to 5 years from the tax base.",
    "The government suspended new mining licences for five years to protect the forest.",
    "Work permits for seasonal staff were suspended for six months during the pandemic.",
    "After two years' probation, teachers are given a permanent contract.",
])
def test_what_a_law_allows_that_is_no_penalty_stays_a_figure(text):
    assert all(c.kind != Kind.PENALTY for c in claims_in(text))


@pytest.mark.parametrize(("text", "surface"), [
    ("Vask was sentenced to six years. He had been mayor since 2010; the maximum is ten years in office.", "ten years"),
    ("Vask was sentenced to six years. For contracts, the maximum is five years.", "five years"),
])
def test_a_maximum_of_something_else_after_a_sentence_stays_a_figure(text, surface):
    assert the_claim(text, surface).kind is Kind.FIGURE


def test_and_a_place_name_is_no_next_person_given_a_term():
    """"... had run the offices in Darn and Tolva for 12 years" after a term: how long he ran them, not a term of
    Tolva's (the next person's term with its verb left out follows a comma or the term before)."""
    text = "A court jailed Teodor Vask for four years on Tuesday. Vask had run the offices in Darn and Tolva for 12 years."
    assert the_claim(text, "12 years").kind == Kind.FIGURE
    assert the_claim(text, "four years").kind == Kind.PENALTY


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Already on probation, Brannik was sentenced to nine years.", "nine years", "unspecified"),
    ("Brannik, who breached the terms of his probation, was jailed for three years.", "three years", "prison"),
])
def test_a_probation_told_earlier_in_the_sentence_does_not_make_a_term_one(text, surface, kind):
    assert the_claim(text, surface, Kind.PENALTY).value.type == kind


@pytest.mark.parametrize("text", [
    "## Analysis: Two years after the collapse, Brannik's sentence still stands\n",
    "Update: Six months after the verdict, the sentenced director is still free.\n",
    "- Average: four years for each defendant convicted\n",
])
def test_a_line_opening_with_words_and_a_colon_is_no_persons_term(text):
    """Only a list item opening with a person's name in bold ("- **Teodor Vask**, senior inspector: seven years")
    gives the term after its colon."""
    assert all(c.kind != Kind.PENALTY for c in claims_in(text))



@pytest.mark.parametrize(("text", "second_kind"), [
    ("Technician Ramona Quill is fined 60,000 selvars and her colleague Dario Fenwick 54,000 selvars.", Kind.PENALTY),
    ("The firm was fined 60,000 selvars and ordered to pay the families 180,000 selvars.", Kind.FIGURE),
])
def test_the_second_of_two_fines_told_with_one_verb_is_a_fine(text, second_kind):
    """"Quill is fined 60,000 selvars and her colleague Dario Fenwick 54,000 selvars": the 54,000 is Fenwick's fine,
    judged on the fines; a sum the firm is ordered to pay is not."""
    claims = extract_claims(parse_document(text, "d.md"), load_pack(), {"selvars": "currency:SELVARS"})
    assert [c.kind for c in claims] == [Kind.PENALTY, second_kind]


@pytest.mark.parametrize(("text", "found", "value"), [
    ("Strasz was sentenced to eight years and Garrod to five.", "five", Penalty("unspecified", "exact", 60, 60)),
    ("The court jailed Venn for nine years and Lunde to seven.", "seven", Penalty("prison", "exact", 84, 84)),
    ("Halvorn's boss got six years in prison, and his deputy got four.", "four",
     Penalty("prison", "exact", 48, 48)),
    # the first term's person named in an aside, the next one's with who they are
    ("The court jailed the captain, Edvin Rask, for seven years, and Mirela Dunst, managing director of the operator,"
     " for six.", "six", Penalty("prison", "exact", 72, 72)),
    ("The court jailed the captain, Edvin Rask, for seven years.", "seven years", Penalty("prison", "exact", 84, 84)),
    # the next person named after who they are, with no article
    ("The court jailed Aurel Dimitran, the network's head of integrity, for six years and regional maintenance "
     "manager Ilse Marovec for four.", "four", Penalty("prison", "exact", 48, 48)),
    # the verb left out too: "Kolvek is serving eight years, Ilse Varrow six"
    ("Darian Kolvek is serving eight years, Ilse Varrow six, and the judges added a ban.", "six",
     Penalty("unspecified", "exact", 72, 72)),
    ("The governor, Aldric Venn, received seven years in prison and his deputy, Mira Solanek, five, both for "
     "negligence.", "five", Penalty("prison", "exact", 60, 60)),
    # ... named after who they are, set off by commas
    ("The court jailed Bertil Aumont, the operations manager, for six years, and the CMA's former head of "
     "infrastructure, Lucan Ederle, for four years.", "four years", Penalty("unspecified", "exact", 48, 48)),
])
def test_a_bare_number_after_a_term_and_the_next_person_is_that_persons_term(text, found, value):
    assert {c.text: c.value for c in claims_in(text)}[found] == value


@pytest.mark.parametrize(("text", "found"), [
    ("Strasz was sentenced to eight years, and his wife got four children back.", "four"),  # a count of things
    ("Strasz was sentenced to eight years; Garrod got seven in 2019.", "seven"),  # another clause
    ("Strasz was fined $8,000 and Garrod to five.", "five"),  # a fine gives no length
    ("Strasz was sentenced to 18 months and Garrod to five.", "five"),  # months: five what?
    ("Rask was jailed for seven years, and the company, which ran the barge, for 12 of its crew.", "12"),
    # with no verb, digits after a name are an age
    ("The court jailed Rask for seven years, and his son, Tomas Rask, 19, wept in the gallery.", "19"),
    ("Rask was jailed for seven years, and his deputy, Mira Solanek, 27, was acquitted.", "27"),
])
def test_a_bare_number_that_is_no_elided_term_stays_a_figure(text, found):
    assert not isinstance({c.text: c.value for c in claims_in(text)}[found], Penalty)



@pytest.mark.parametrize(("text", "found", "value"), [
    # a judgment's number words restated in digits: one term, not two counts
    ("Aggregate sentence: seven (7) years' imprisonment.", "seven (7) years' imprisonment",
     Penalty("prison", "exact", 84, 84)),
    # a ban as a judgment's label gives it
    ("Aggregate sentence: four (4) years' imprisonment. Ban from holding public office: eight (8) years under "
     "Article 361(3).", "eight (8) years", Penalty("ban", "exact", 96, 96)),
    ("The court sentenced Barvik to seven years in prison. Ban from the fuel trade: ten years.", "ten years",
     Penalty("ban", "exact", 120, 120)),
    # a writer's words for a term received, after a verdict told earlier in the paragraph
    ("The builder, Oren Malevic, was convicted of bribery. But look at the officials. Lidia Harnoc, who signed the "
     "certificate, walked away with six years.", "six years", Penalty("unspecified", "exact", 72, 72)),
    ("The court convicted all three. Ana Vell ended up with four years.", "four years",
     Penalty("unspecified", "exact", 48, 48)),
    # ... or in the paragraph before, to one person named in the next
    ("Tomas Vreel, 41, was found guilty of fraud under Article 231(3).\n\nHis accomplice, Ilse Marduk, who sold the "
     "records, was given four and a half years.", "four and a half years", Penalty("unspecified", "exact", 54, 54)),
    # a headline's term, told by the lede under it
    ("# Nursery owner gets four years over toddler's fall\n\nA nursery owner was sentenced on Monday to four years "
     "in prison.", "four years", Penalty("unspecified", "exact", 48, 48)),
    # a term received as the sum of several
    ("Morrow was convicted of misappropriation. He received an aggregate six years.", "six years",
     Penalty("unspecified", "exact", 72, 72)),
    # a ban the paragraph after a court's terms tells, or told by how long it lasts
    ("Aldric Venn was sentenced to six years in prison.\n\nVenn was barred from running a company for ten years "
     "after his release.", "ten years", Penalty("ban", "exact", 120, 120)),
    ("The ringleader, Aurel Brannik, received seven years in prison and a ban from public office lasting 10 years.",
     "10 years", Penalty("ban", "exact", 120, 120)),
    # a court's list of terms, each item the name in bold and "to" its term
    ("The court sentenced:\n\n- **Veszeli** to nine years for passive bribery;\n- **Kest** to an aggregate seven "
     "years for active bribery.\n", "seven years", Penalty("unspecified", "exact", 84, 84)),
    # the probation of each suspended term
    ("Depot workers got suspended terms of between 12 and 18 months, each suspended for two years.", "two years",
     Penalty("probation", "exact", 24, 24)),
    # a provision's range, named before it
    ("He got nine years under Article 311(3), which sets a range of six to 12 years.", "six to 12 years",
     Penalty("unspecified", "range", 72, 144)),
    ("Dolan got six years under Article 311(2), where the range is three to eight years.", "three to eight years",
     Penalty("unspecified", "range", 36, 96)),
])
def test_terms_told_in_a_judgments_words_or_a_writers(text, found, value):
    assert {c.text: c.value for c in claims_in(text)}[found] == value


def test_a_bans_label_with_no_sentence_in_sight_is_no_term():
    assert {c.text: c.value.unit for c in claims_in("- Ban from the fuel trade: ten years\n")} == {"ten years": "months"}


@pytest.mark.parametrize(("text", "found", "value"), [
    # a fine's label opening a sentence, its currency's code before the amount
    ("Aggregate sentence: seven (7) years' imprisonment. Fine: ORM 250,000.", "Fine: ORM 250,000",
     Penalty("fine", "exact", 250_000, 250_000, "MARKS")),
    # the currency after the country's name
    ("Judge Velt also fined him 250,000 Orvantine marks.", "250,000 Orvantine marks",
     Penalty("fine", "exact", 250_000, 250_000, "MARKS")),
    # whom a fine was given to, then the currency's code and the amount
    ("Judge Velt also fined him ORM 200,000 and banned him.", "ORM 200,000",
     Penalty("fine", "exact", 200_000, 200_000, "MARKS")),
    # the kind of fine between its amount and the word
    ("That comes on top of a 365 million mark administrative fine the inspectorate imposed.",
     "365 million mark administrative fine", Penalty("fine", "exact", 365_000_000, 365_000_000, "MARKS")),
    # a further fine, its verb left out
    ("The court fined the company ORM 4.6 million under Section 9, and a further ORM 430,000 for employing workers "
     "without contracts.", "ORM 430,000", Penalty("fine", "exact", 430_000, 430_000, "MARKS")),
    # a fine a judgment puts at an amount
    ("The judgment puts the fine imposed on the operator at ORM 180,000.", "ORM 180,000",
     Penalty("fine", "exact", 180_000, 180_000, "MARKS")),
    # a fine a law caps at an amount is its ceiling
    ("Article 71 caps the administrative fine on a company at ORM 250,000 per violation.", "ORM 250,000",
     Penalty("fine", "up-to", None, 250_000, "MARKS")),
    # a fine a court put at an amount; a fine under new limits is no ceiling
    ("The court put the fine at ORM 180,000.", "ORM 180,000", Penalty("fine", "exact", 180_000, 180_000, "MARKS")),
    ("Under the new limits the fine is ORM 500.", "ORM 500", Penalty("fine", "exact", 500, 500, "MARKS")),
    # a ceiling by its code and amount, after a fine
    ("The authority fined the charity ORM 480,000 under Section 52, close to the legal ceiling of ORM 750,000.",
     "ceiling of ORM 750,000", Penalty("fine", "up-to", None, 750_000, "MARKS")),
    # a fine a company's name owns; a maximum fine told with its provision's number
    ("Alpenor's fine was ORM 4.2 million, according to a statement the company filed.", "ORM 4.2 million",
     Penalty("fine", "exact", 4_200_000, 4_200_000, "MARKS")),
    ("The maximum fine under Section 47 of the Act is ORM 5 million.", "ORM 5 million",
     Penalty("fine", "up-to", None, 5_000_000, "MARKS")),
    # fines a law caps, by the verb; a ceiling told after its amount
    ("The Act caps fines on companies at ORM 5 million.", "ORM 5 million", Penalty("fine", "up-to", None, 5_000_000, "MARKS")),
    ("Its administrative fines are capped at ORM 2 million.", "capped at ORM 2 million",
     Penalty("fine", "up-to", None, 2_000_000, "MARKS")),
    ("Alpenor was fined ORM 4.6 million, near the ORM 5 million ceiling in Section 47.", "ORM 5 million",
     Penalty("fine", "up-to", None, 5_000_000, "MARKS")),
])
def test_a_fine_told_by_its_label_its_countrys_name_its_kind_or_its_ceiling_is_a_fine(text, found, value):
    claims = extract_claims(parse_document(text, "d.md"), load_pack(), MARKS)
    assert {c.text: c.value for c in claims}[found] == value


# the currencies a reference of Orvantine marks teaches: the word, the code, and the word as the sources qualify it
MARKS = {"marks": "currency:MARKS", "ORM": "currency:MARKS", "orvantine marks": "currency:MARKS"}


@pytest.mark.parametrize("text", [
    "The ferry had a ORM 5 million maximum on its insurance.",  # a ceiling no fine stands before
    "The Sunday's fine was 45,000 people strong.",  # no amount in a currency
])
def test_a_ceiling_or_an_owners_fine_needs_a_fine_before_it_and_an_amount_in_a_currency(text):
    claims = extract_claims(parse_document(text, "d.md"), load_pack(), MARKS)
    assert [c.text for c in claims if c.kind is Kind.PENALTY] == []


def test_a_fine_in_another_countrys_currency_of_the_same_word_is_not_the_sources():
    claims = extract_claims(parse_document("Judge Velt also fined him 250,000 Drussian marks.", "d.md"), load_pack(),
                            MARKS)
    assert not [c for c in claims if c.kind is Kind.PENALTY or getattr(c.value, "unit", "").startswith("currency")]


@pytest.mark.parametrize(("text", "found"), [
    ("Section 61 (1) of the act applies.", "Section 61 (1)"),  # a paragraph in digits: no number word restated
    ("She counted two (3) boxes.", "3"),  # digits that say another number are not its restating
    ("He was fined five (5) million dollars.", "5"),  # before a scale: kept (blanked, "five" would reach no scale)
])
def test_digits_in_brackets_that_restate_no_number_word_are_kept(text, found):
    assert found in {c.text for c in claims_in(text)}


def test_a_range_with_no_provision_before_it_is_no_term():
    text = "Ticket prices have a range of six to 12 years of age for the children's fare."
    assert not [c for c in claims_in(text) if c.kind is Kind.PENALTY]


@pytest.mark.parametrize(("text", "found"), [
    ("The team won the league. Ana Vell walked away with six years of contracts.", "six years"),
    # an acquittal is no verdict the terms of a paragraph go on from
    ("Marek Vell was found not guilty of fraud in 2015. The firm survived. Anna Holm got four years at the helm.",
     "four years"),
    # a headline's length no lede tells of as a term
    ("# Bakery gets four years to repay its loans\n\nThe bakery's lenders agreed a new schedule on Monday.",
     "four years"),
    # across a paragraph's break, a lender's grace or a role's tenure after a verdict, or a headline's
    ("Hollis was convicted of fraud in 2019.\n\nIn March the firm got two years from its creditors.", "two years"),
    ("Hollis was convicted of fraud in 2019.\n\nMira Dent got three years as acting head.", "three years"),
    ("# Ex-minister gets five years on the board\n\nThe former minister, jailed in 2009 for bribery, joins the bank's "
     "board.", "five years"),
    # a ban after a paragraph of terms, of no one that paragraph names
    ("Aldric Venn was sentenced to six years in prison.\n\nHis son was barred from the family home for ten years after "
     "a feud.", "ten years"),
    ("Aldric Venn was given six years in prison.\n\nThe football club was banned from the league for two years last "
     "season.", "two years"),
    # a length after a tenure is another tenure, not the next person's term
    ("Holm was convicted of fraud in 2020. Before that she ran the depot for six years, and her deputy, Marek Vell, "
     "for four years.", "four years"),
])
def test_a_length_received_with_no_verdict_or_term_before_is_no_term(text, found):
    assert not isinstance({c.text: c.value for c in claims_in(text)}[found], Penalty)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("He walked away with a suspended sentence and a $50,000 fine.", "$50,000 fine",
     Penalty("fine", "exact", 50_000, 50_000, "USD")),
    # a code the sources use for the currency, before the amount
    ("He walked away with a suspended sentence and a DLR 50,000 fine.", "DLR 50,000 fine",
     Penalty("fine", "exact", 50_000, 50_000, "DLR")),
])
def test_an_amount_by_its_symbol_or_code_before_fine_is_the_fine(text, surface, expected):
    claims = extract_claims(parse_document(text, "d.md"), load_pack(), currencies={"dlr": "currency:DLR"})
    assert {c.text: c.value for c in claims}[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("Aggravated fraud carries imprisonment of not less than three and not more than twelve years.",
     "not less than three and not more than twelve years"),
    ("The offence carries a minimum of three and a maximum of twelve years in prison.",
     "a minimum of three and a maximum of twelve years in prison"),
])
def test_a_range_told_by_its_floor_and_its_cap_is_one_range(text, surface):
    assert the_claim(text, surface, Kind.PENALTY).value == Penalty("prison", "range", 36, 144)


def test_a_floor_and_a_cap_with_no_sentence_in_sight_are_no_penalty():
    found = {c.text: c.kind for c in claims_in("Inspectors found at least three and up to five years of missing records.")}
    assert Kind.PENALTY not in found.values()


def test_a_floor_with_a_unit_of_its_own_is_not_read_in_the_caps():
    # "six months" is six months, not six years: each bound is read by itself
    found = {c.text: c.value for c in claims_in("It carries imprisonment of not less than six months and not more "
                                                "than ten years.")}
    assert found["not less than six months"] == Penalty("prison", "at-least", 6, None)
    assert found["not more than ten years"] == Penalty("prison", "up-to", None, 120)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("He faces up to a $50,000 fine.", "up to a $50,000 fine", Penalty("fine", "up-to", None, 50_000, "USD")),
    ("The law sets a maximum $50,000 fine.", "$50,000 fine", Penalty("fine", "up-to", None, 50_000, "USD")),
])
def test_a_bound_before_an_amount_and_its_fine_bounds_the_fine(text, surface, expected):
    assert {c.text: c.value for c in claims_in(text)}[surface] == expected


@pytest.mark.parametrize("text", ["The operator spent $2 million fine-tuning its waste plan.",
                                  "Guests paid $300 fine dining prices at the gala."])
def test_fine_as_another_word_after_an_amount_is_no_fine(text):
    assert all(c.kind is not Kind.PENALTY for c in claims_in(text))


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a maximum fine changed, its two ends up to what they say (however many words between the verb and "from")
    ("The law raised the maximum fine for companies from 5 million to 12 million euros.", "5 million",
     Penalty("fine", "up-to", None, 5_000_000, "EUR")),
    ("The law raised the maximum fine for companies from 5 million to 12 million euros.", "12 million euros",
     Penalty("fine", "up-to", None, 12_000_000, "EUR")),
    ("Since the amendment the ceiling on corporate fines has risen from €10 million to €50 million.", "€50 million",
     Penalty("fine", "up-to", None, 50_000_000, "EUR")),
    ("The maximum fine under Section 41(2) for running a facility without a certificate jumps from 200,000 euros"
     " to 2.5 million euros.", "2.5 million euros", Penalty("fine", "up-to", None, 2_500_000, "EUR")),
    ("The council responded by raising the maximum fine for unsafe scaffolds to 15 million euros.", "15 million euros",
     Penalty("fine", "up-to", None, 15_000_000, "EUR")),
    # a daily fine set anew is that fine
    ("The amended law raises the daily administrative fine for unlicensed operation to €20,000.", "€20,000",
     Penalty("fine", "exact", 20_000, 20_000, "EUR")),
    # a maximum told as it has stood
    ("Since September 2023 the maximum administrative fine has been 1 million euros.", "1 million euros",
     Penalty("fine", "up-to", None, 1_000_000, "EUR")),
])
def test_a_fines_limit_changed_is_that_fine(text, surface, value):
    claim = the_claim(text, surface, Kind.PENALTY)
    assert claim.value == value


@pytest.mark.parametrize(("text", "surface"), [
    # a change only asked for, planned or promised is a wish, not the law's limit
    ("The union wants the maximum fine raised from €10 million to €50 million.", "€50 million"),
    ("The government has promised to raise the maximum administrative fine to €10 million.", "€10 million"),
    ("The board made 14 recommendations, including raising the maximum fine to €60 million.", "€60 million"),
    ("1. **Raise the maximum administrative fine** from €250,000 to at least €1 million.", "€250,000"),
    ("3. A raise in the maximum corporate fine under Article 12 to €50 million.", "€50 million"),
    ("1. That the Ministry amend Section 31(1) to raise the maximum corporate fine to €60 million.", "€60 million"),
    ("The maximum fine should be raised to €3 million.", "€3 million"),
    # fines in all are a total, and another thing's change is not the fine's
    ("Administrative fines rose from €2 million to €3 million.", "€3 million"),
    ("The maximum fine stayed at €5 million while profits rose from €2 million to €3 million.", "€3 million"),
])
def test_a_fines_limit_only_wished_for_or_a_total_stays_a_figure(text, surface):
    assert the_claim(text, surface).kind is Kind.FIGURE


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a term told as partly or wholly suspended right after it
    ("The court sentenced Solheim to three years, 18 months of it suspended.", "18 months",
     Penalty("unspecified", "exact", 18, 18)),
    ("Vell was sentenced to 18 months, of which 12 months were suspended.", "12 months",
     Penalty("unspecified", "exact", 12, 12)),
    ("Under a plea agreement he received eight months, suspended for two years.", "eight months",
     Penalty("unspecified", "exact", 8, 8)),
    ("Breuk walked away with a suspended term of two and a half years.", "two and a half years",
     Penalty("unspecified", "exact", 30, 30)),
    # a ban told with what it bars after its length, or after "just"
    ("The court fined her and banned her for five years from owning a childcare business.", "five years",
     Penalty("ban", "exact", 60, 60)),
    ("The court convicted her; she was banned for ten years from working with children.", "ten years",
     Penalty("ban", "exact", 120, 120)),
    ("The court jailed Dresk, and Hask is barred from directorships for just five years.", "five years",
     Penalty("ban", "exact", 60, 60)),
    ("The court's exclusion of Tarvik from public contracts for three years is welcome.", "three years",
     Penalty("ban", "exact", 36, 36)),
    ("The court jailed Dr Varanek and she was suspended from practice for five years.", "five years",
     Penalty("ban", "exact", 60, 60)),
])
def test_a_suspended_part_and_a_ban_told_after_its_length_are_penalties(text, surface, value):
    assert the_claim(text, surface, Kind.PENALTY).value == value


@pytest.mark.parametrize(("text", "surface"), [
    ("The strike lasted two years and production was suspended for six months.", "six months"),
    ("Imports were banned for two years from 2019 onwards.", "two years"),
])
def test_a_suspension_or_ban_of_no_one_is_no_penalty(text, surface):
    assert the_claim(text, surface).kind is Kind.FIGURE


def test_a_fines_possible_maximum_after_it_is_that_fine_up_to():
    claim = the_claim("Highlark was fined €1.2 million, out of a possible €2 million under section 61.", "€2 million",
                      Kind.PENALTY)
    assert claim.value == Penalty("fine", "up-to", None, 2_000_000, "EUR")
    # not what else was possible: "raised €2 million out of a possible €3 million"
    assert the_claim("She raised €2 million out of a possible €3 million.", "€3 million").kind is Kind.FIGURE
