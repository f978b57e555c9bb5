"""Hedges (scoped to the claim's clause) and attributions (the named body the sentence credits)."""

from pathlib import Path

import pytest
from extract_helpers import the_claim

HEDGES = [
    # (sentence, claim words, hedged?)
    ("The kippumjo was said to number around 20,000 women.", "20,000", True),
    ("The kippumjo were disbanded after Kim Jong Il's death in 2011, although in 2015 it was reported that "
     "Kim Jong Un was restarting it.", "2011", False),
    ("The kippumjo were disbanded after Kim Jong Il's death in 2011, although in 2015 it was reported that "
     "Kim Jong Un was restarting it.", "2015", True),
    ("The kippumjo is an alleged collection of groups of approximately 2,000 women and girls.", "2,000", True),
    ("Tens of thousands of workers are employed in camps, where they reportedly have only two days of rest per year.",
     "two days", True),
    ("Tens of thousands of workers are employed in camps, where they reportedly have only two days of rest per year.",
     "Tens of thousands", False),
    ("According to Article 249 of the Criminal Code, women face up to one year of forced labor.",
     "up to one year of forced labor", False),
    ("According to defectors, the camp held 2,000 people.", "2,000", True),
    ("According to defectors, the camp, which opened in 1990, held 2,000 people.", "1990", True),
    ("Accounts given by some defectors say that the group existed until 2011.", "until 2011", True),
    ("Reports indicate that 500 people were arrested.", "500", True),
    ("The ministry is aware of press reports alleging that as many as 30 rangers colluded.", "as many as 30", True),
    ("The group is believed to number 300.", "300", True),
    ("Sarvek was reported on the day of the verdict to have received three years.", "three years", True),
    ("Purportedly 40 people died.", "40", True),
    ("The group numbered 300 in 2011.", "300", False),
    ("The State Department reported that 300 people died.", "300", False),
    ("According to workers interviewed for this report, the fee was 32 million kora.", "32 million", True),
    ("According to local residents, 40 people died.", "40", True),
    ("According to official figures, 1.4 million workers are registered.", "1.4 million", False),
    ("According to the report, 1.4 million workers are registered.", "1.4 million", False),
    ("According to the law, the fine is up to 500 dollars.", "up to 500 dollars", False),
    # "the alleged ..." hedges its own phrase, up to the next comma, not the sentence
    ("The court sentenced Merek, the alleged head of the network, to life imprisonment.", "life imprisonment", False),
    ("Merek, the alleged head of a network of 40 traders, was sentenced.", "40", True),
    # an adverb hedges what it modifies, not a phrase set off before it
    ("During the 20-month trial, a foreman said Brenning allegedly paid officers 50,000 ravels.", "20-month", False),
    ("During the 20-month trial, a foreman said Brenning allegedly paid officers 50,000 ravels.", "50,000", True),
    ("The exporter, a company registered in 2021, had allegedly made 11 shipments.", "2021", False),
    ("The exporter, a company registered in 2021, had allegedly made 11 shipments.", "11 shipments", True),
    ("Eleven shipments were allegedly declared as pine.", "Eleven", True),
    ("Reportedly, 40 people died.", "40", True),
    ("Eleven shipments, allegedly, were falsely declared by the exporter.", "Eleven", True),  # set off itself
    ("Brenning paid the foreman a bribe of $20,000, allegedly.", "$20,000", True),
    # the verb "allege", and a belief or suspicion stated as such
    ("Sources inside the service allege that at least 19 officials took bribes.", "at least 19", True),
    ("Residents allege 300 homes were lost in the flood.", "300", True),
    ("We believe that logs are laundered through about 27 sawmills.", "about 27", True),
    ("Investigators suspect that 40 shipments were falsified.", "40", True),
    ("Investigators found that 40 shipments were falsified.", "40", False),
    ("Officials believed that 40 people died.", "40", True),
    ("The suspect that police arrested carried 40 kilograms of heroin.", "40", False),
    ("Police arrested three suspects that had 40 kilograms of heroin.", "40", False),
    ("Police arrested 12 suspects that had 40 kilograms of heroin.", "40", False),
    ("Many believe that 40 people died.", "40", True),
    ("Some suspect that 300 homes were lost.", "300", True),
    # lay people's testimony, passed on: workers, residents, families telling what they saw or earned
    ("Workers reported that they earned as little as $150 a month.", "$150", True),
    ("Workers reported shifts of up to 16 hours when orders were heavy.", "16 hours", True),
    ("Oruvian workers said that fees of $1,200 were deducted from their wages.", "$1,200", True),
    ("Residents say armed groups take 10 per cent of the gold.", "10 per cent", True),
    ("Families we spoke to report that only about 35 per cent of the money has been paid.", "35 per cent", True),
    # not a body named after them, a group counted, or a participle
    ("The National Farmers Union said 40 per cent of farms flooded.", "40 per cent", False),
    ("The Migrant Workers Centre reported that 1,200 were owed wages.", "1,200", False),
    ("Migrants Rights Network says 300 were held.", "300", False),
    ("The inspectorate's survey of 2,000 workers says wages rose 12 per cent.", "12 per cent", False),
    ("412 families described in the court ruling as victims were paid.", "412", False),
    ("After the flood, families said as many as 40 children were missing.", "as many as 40", True),
    ("Some 40 workers told reporters they earned $150 a month.", "$150", True),
    ("Three former employees of the distributors told us that kickbacks were 10 per cent.", "10 per cent", True),
    ("One of them said that at least 120 hospital employees had been paid.", "at least 120", True),
    ("Former employees of Borek Timber told our researchers that inspectors took 20,000 dalens a load.",
     "20,000", True),
    ("Co-workers said that the foreman kept 15 per cent of their pay.", "15 per cent", True),
    ("Neighbours say 12 houses were pulled down.", "12", True),
    # a campaigning body's estimate as another source passes it on; an official estimate is no allegation
    ("The group estimates that as much as 60 per cent of the timber was illegal.", "as much as 60 per cent", True),
    ("The Agency estimates that 9.4 tonnes of gold were smuggled.", "9.4", False),
    ("The European Union estimates that 2.3 million tonnes of timber were imported.", "2.3 million", False),
    ("A group estimated at 2,000 protesters marched on the ministry.", "2,000", False),
    # staff and patients often report for a body; a passive with an adverb is still what they were told
    ("Hospital staff reported 1,240 cases of measles last winter.", "1,240", False),
    # a thing reported as an incident: the count is the teller's own, not testimony passed on
    ("The review counted 3,870 items that passengers reported stolen on night flights.", "3,870", False),
    ("Passengers reported that 40 bags were lost.", "40", True),
    ("Inspectorate staff said 412 mines were closed.", "412", False),
    # ... but they bear witness with a verb of speaking
    ("Nurses say the alarm had been switched off for about six weeks.", "about six weeks", True),
    ("The nurses say the alarm had been switched off for about six weeks.", "about six weeks", True),
    ("Many nurses say that 73 beds were empty that night.", "73", True),
    ("Two nurses told us that 58 lamps were broken.", "58", True),
    ("Staff at the mines inspectorate said 57 coal mines were closed.", "57", False),
    ("A survey of 2,000 nurses says 40 per cent plan to leave.", "40 per cent", False),
    ("Nurses who were on duty that night told us that 31 patients were on the floor.", "31", True),
    ("Passengers were later told to abandon ship some 40 minutes after she heeled over.", "some 40", False),
    # what they were told, not what they tell
    ("Passengers were told to abandon ship some 40 minutes after she heeled over.", "some 40", False),
    # not a body's report, nor workers as what is counted
    ("The Inspectorate reported that 2,900 workers were owed wages.", "2,900", False),
    ("Police said 40 workers were arrested at the mine.", "40", False),
    ("The fire killed 37 workers and injured 112 others.", "112", False),
    # "according to" a measure a sum goes by is no one's account
    ("Injured people may receive up to $150,000 each, according to the severity of their injuries.", "up to $150,000",
     False),
    ("Awards range from $30,000 to $240,000 according to the degree of harm.", "$30,000 to $240,000", False),
    ("Fees of $1,200 were deducted, according to workers interviewed.", "$1,200", True),
    ("Families receive up to $3,000, according to the number of children.", "up to $3,000", False),
    # nor is a record kept: the writer states what the record shows
    ("The firm had revenue of 31 million lodars, according to its filed accounts.", "31 million lodars", False),
    ("Some 1,412 children were treated, according to hospital records.", "1,412", False),
    ("Notifications rose to 348 in 2023, according to agency figures.", "348", False),
    ("Some 1,412 children were treated, according to hospital staff.", "1,412", True),
    ("Revenue was over 9.3 million vells, according to accounts filed with the registry.", "over 9.3 million vells",
     False),
    ("The contract was worth 310 million, according to the yard's 2022 annual report.", "310 million", False),
    ("He wrote to the inspectorate in April 2022, according to a copy of his complaint.", "April 2022", False),
    # a second that-clause of the same telling; an aside set off by commas does not end the hedge's reach
    ("Workers told us that pay was docked but that many children wore donated clothes in the winter of 2021.",
     "2021", True),
    ("We allege that on 15 August 2023, while bodies were still being recovered, 37 hours of footage were deleted.",
     "37 hours", True),
    ("The union says 40 people died, while the ministry counts 12.", "12", False),
    # colleagues, respondents, several speakers; a count of them still reporting; a campaign named in an aside
    ("Colleagues say the transfer cut her pay by about 30%.", "about 30%", True),
    ("Workers and a former supervisor say that managers were warned at least four times.", "at least four", True),
    ("Sixty-four per cent of respondents said they had bought on credit.", "Sixty-four per cent", False),  # a survey's
    ("Eight of them said 40 people came.", "40", True),
    ("Of those, 29 said they had reported the cracks to a foreman.", "29", True),
    ("Of these, 29 were convicted.", "29", False),
    # the counted share of those telling: the count is the fact the sentence states
    ("Staff fell by a third, and 72% of line workers reported hazards that were never fixed.", "72%", False),
    # "but that figure", a determiner; an aside with no verb of its own: the other side is not hedged
    ("Workers say pay fell by 30 per cent, but that figure is disputed by the ministry, which counts 12 per cent.",
     "12 per cent", False),
    ("Workers say 40 died, while the ministry, citing hospital data, counts 12.", "12", False),
    # other people's records are their account; press reports are hearsay
    ("Some 40 families left, according to villagers' own records.", "40", True),
    ("Some 40 families left, according to published reports.", "40", True),
    ("We stayed in touch with 52 of them. At least 30 of them still report numbness.", "At least 30", True),
    ("The farmers' union, OSFU, estimates total losses at about 130 million sorels.", "about 130 million", True),
    ("The group has estimated, based on its own modelling, that the emissions caused between 150 and 220 admissions.",
     "between 150 and 220", True),
    ("The union publishes its own report, estimating that losses could reach 60 million lirats.", "60 million", True),
    ("Venhald is also reported to have moved about DTH 600,000 to an account abroad.", "600,000", True),
    # a dash before a measure of what was told keeps it in the telling; a dash before a statement of its own does not
    ("Former workers told us that labels were stuck on packs as they were unpacked – as many as 300 packs a day.",
     "as many as 300", True),
    ("Former workers told us that labels were stuck on packs – the firm was fined 40,000 in 2023.", "40,000", False),
    # the speaker's own records are its account
    ("We received 19 complaints, according to our members' own records.", "19", True),
    # a count before a noun starts another noun: "reports" is not the witnesses' verb
    ("The court heard 61 witnesses and three expert reports.", "61", False),
    ("Witnesses and survivors reported 61 deaths.", "61", True),
    # a list's lead that hedges covers its items
    ("Staff were pressured, according to the union:\n\n- 23 staff were told to approve claims unread;\n"
     "- 17 complaints were ignored.\n", "17", True),
    ("The agency employs 2,400 people:\n\n- 300 of them work in refunds.\n", "300", False),
    # a body's claim, its clause opening with its subject, is an allegation; what a fire claimed is a count
    ("The union claims it wrote to the aviation authority on 8 July 2021.", "8 July 2021", True),
    ("The fire claimed 27 lives on 3 May 2021.", "27", False),
    # not a person's own claim in an aside, nor the noun; what the aside itself claims is hedged
    ("Emil Horvath, 52, who claims he is innocent, was sentenced to eight years in prison.", "eight years", False),
    ("Kessel, who claims he paid 2 million euros in bribes, was jailed.", "2 million euros", True),
    ("The fire, which reportedly killed 40 people, destroyed 12 homes.", "12", False),
    ("The fund rejected 140 of the 1,200 claims it received from households.", "140", False),
    ("Residents claim they were never compensated for 40 homes.", "40", True),
    # a hedge in a clause coordinated after the claim's is that clause's own
    ("The mayor took 40,000 lorins from the firm, and residents believe that is why it was never shut.", "40,000",
     False),
    ("The mayor took 40,000 lorins from the firm and allegedly hid it abroad.", "40,000", True),
    # ... and one set off inside a relative clause after the claim, that clause's own
    ("She paid 18,500 orsels for a car that, according to its service book, had covered 64,000 km.", "18,500",
     False),
    ("She paid 18,500 orsels for a car that, according to its service book, had covered 64,000 km.", "64,000",
     True),
    ("The alarm was unplugged in January 2020 after false alarms that, staff say, woke guests.", "January 2020",
     False),
    # a belief passed on, its "that" left out; not whom police suspect
    ("The union has said it believes at least nine other deaths may be linked to delays.", "at least nine", True),
    ("A group suspected of the bank robbery was arrested in a raid involving 200 officers.", "200", False),
    # people's statements and letters are their testimony, cited documents are not
    ("According to witness statements, 12 shots were fired.", "12", True),
    ("According to a letter from residents, 40 homes were flooded.", "40", True),
    ("According to bank statements shared with us, the first payment was made in 2017.", "2017", False),
    # an adverb after an article or a preposition qualifies its noun phrase, not the claim before it
    ("Undeclared pork turned up in 87 of 243 samples of supposedly pure beef.", "87", False),
    ("Undeclared pork allegedly turned up in 87 of 243 samples.", "87", True),
    # a document is cited, not alleged; a body's own report is its account
    ("Pork turned up in 94 of them, according to a laboratory summary seen by the Courier.", "94", False),
    ("A standard wash cost DRT 9 at its sites, according to price lists seen by NPA.", "DRT 9", False),
    ("The pit held 90 tonnes, according to the contractor's weighbridge tickets.", "90 tonnes", False),
    ("The inspectorate ordered a recall on 12 October 2023, according to its own report.", "12 October 2023", True),
    # a record a body keeps is cited, not alleged: a tally, working papers
    ("According to the final tally compiled by the Health Authority, 702 people fell ill.", "702", False),
    ("The hole had reached 2.1 billion teruns, according to the administrator's working papers.", "2.1 billion",
     False),
    # a dash ends a hedge's reach, but not the pair that sets off a short aside of the clause's own
    ("Witnesses told the inquiry that 37 of the crew – 71% – had no training.", "71%", True),
    ("Witnesses told the inquiry that 37 of the crew – 71% – had no training, on 12 ships.", "12", True),
    ("Witnesses told the inquiry that 40 of the crew had no training – the company counts 12.", "12", False),
    # an unnamed source: a person familiar with or close to the matter, the same person again, one who asked not to
    # be named; not a body's officials, nor a count close to a figure
    ("Two people familiar with the prosecution case said he moved about 600,000 tavels.", "about 600,000", True),
    ("The same person said the ferry made at least 30 crossings after the lapse.", "at least 30", True),
    ("The levy rose to 10 per cent in 2021, a person familiar with the matter said.", "10 per cent", True),
    ("They sold 150 tickets that day, said a deckhand who asked not to be named.", "150", True),
    # ... or known by its kind alone (but witnesses' reports as a noun are no saying)
    ("Workers filed written reports of cracks on 3 February 2023.", "3 February 2023", False),
    ("A police source said detectives also found 96,000 lira in cash.", "96,000", True),
    ("A second source said Osvalin had bought a house for 640,000 lira.", "640,000", True),
    ("The source document said 40 workers were hurt.", "40", False),
    ("At its peak, a person who worked there said, it performed roughly 1,500 treatment cycles a year.",
     "roughly 1,500", True),
    ("The union represents 300 people who work at the plant.", "300", False),
    # ... or what is told off the record
    ("Several restaurant owners said privately that they had sold bottles for as much as 4,000 tal each.",
     "as much as 4,000", True),
    ("Two officials told the agency privately that 40 buses failed.", "40", True),
    ("Speaking off the record, a guard put the number of inmates at 212.", "212", True),
    ("The board met privately on 3 May to approve 40 contracts.", "40", False),
    ("About 1,100 complaints were filed, an official said on condition of anonymity.", "About 1,100", True),
    ("The ministry's officials said 40 buses were checked.", "40", False),
    # an aside of anonymity is its teller's: what the teller then says is hedged; not the anonymity of one the statement
    # is about
    ("A former site foreman, who asked not to be named, told KPA that crews paved the last 200 metres.", "200", True),
    ("The person, who spoke on condition of anonymity because the inquiry continues, also said the ledger listed "
     "around 3,300 names.", "around 3,300", True),
    ("Emails show that the nurse, who has asked not to be named, first wrote to the inspectorate in October 2019.",
     "October 2019", False),
    # a speaker closing the sentence says all of it, a relative clause before it too; a cue inside the aside is the
    # aside's own
    ("He faces a tax inquiry, which opened in May 2024, a person familiar with the matter said.", "May 2024", True),
    ("The plant, which employs 400 people, residents say, was shut in 2022.", "400", False),
    ("The court sat for close to 40 days.", "close to 40 days", False),
    # a second verb of the frame's own subject after "but" is still inside the frame; a new subject is not
    ("According to a person familiar with the case, investigators examined whether the train was early, but found "
     "that it was within two minutes of its path.", "two minutes", True),
    ("Investigators reportedly examined the brakes, but the court found the train within two minutes of its path.",
     "two minutes", False),
    # others' tellings, several of them; not what all agree on
    ("At the lodge where, by several accounts, Holt and Osterlund met repeatedly in 2021, the guest book is missing.",
     "2021", True),
    ("By all accounts the fire began at 22:10.", "22:10", False),
]


@pytest.mark.parametrize(("text", "surface", "hedged"), HEDGES, ids=[f"{c[1]}-{c[2]}" for c in HEDGES])
def test_hedge_scope(text, surface, hedged):
    assert the_claim(text, surface).hedged is hedged


ATTRIBUTIONS = [
    ("According to the State Department, as many as 70 percent of them are women.", "70 percent", "State Department"),
    ("Human Rights Watch estimates that 150,000 to 200,000 people are held.", "150,000", "Human Rights Watch"),
    ("The US State Department's 2011 report, published on 27 June 2011, estimates that as many as seventy per cent "
     "of them are women.", "seventy per cent", "US State Department"),
    ("Daily NK reported that in Sinuiju a night costs 100,000 won ($3.30).", "100,000 won", "Daily NK"),
    # a body's acronym in parentheses before its verb, or before an aside
    ("The UN Office on Drugs and Crime (UNODC) found that seizures grew tenfold.", "tenfold",
     "UN Office on Drugs and Crime"),
    ("The UN Office on Drugs and Crime (UNODC), in its 2020 report, found that seizures grew tenfold.", "tenfold",
     "UN Office on Drugs and Crime"),
    ("The US State Department ranks North Korea as a Tier 2 country.", "Tier 2", "US State Department"),
    ("A report by Amnesty International found 20 cases.", "20", "Amnesty International"),
    ("The camps hold 120,000 people, Human Rights Watch said.", "120,000", "Human Rights Watch"),
    ("According to the UN Commission of Inquiry on Human Rights, 300 women were returned.", "300",
     "UN Commission of Inquiry on Human Rights"),
    ("A source told Daily NK on Tuesday that 300 women were arrested.", "300", "Daily NK"),
    ("The Daily NK has previously reported that 40 saunas closed.", "40", "Daily NK"),
    ("The KMHA says its recall began on 16 June; the Dravnik Courier has since reported that the notice went out "
     "on 21 June.", "21 June", "Dravnik Courier"),
    ("It estimates that 300 people died.", "300", None),
    ("They said 300 people died.", "300", None),
    ("Officials said 300 people died.", "300", None),
    ("Defectors say 300 people died.", "300", None),
    ("According to Article 249, women face up to one year of forced labor.", "one year", None),
    ("Publisher United States Department of State\nPublication Date 27 June 2011", "27 June 2011", None),
    ("The group numbered 300.", "300", None),
    ("Human Rights\nWatch estimates that 150,000 people are held.", "150,000", "Human Rights Watch"),
    ("It is tough. But Asia Labour Wire has counted only 23 convictions.", "23", "Asia Labour Wire"),
    ("Human Rights Watch, for its part, says 40 women were held.", "40", "Human Rights Watch"),
    ("Amnesty International keeps North Korea at Tier 3.", "Tier 3", "Amnesty International"),
    ("WWF says Kesaria ranks fourth in Africa.", "fourth", "WWF"),  # Kesaria is what is ranked, not a ranker
    # a body's people who speak or count for it, possessive or not, and a long aside before the verb
    ("Forestry Authority rangers counted 1,460 loaded lorries.", "1,460", "Forestry Authority"),
    ("Last March officers counted 1,460 loaded lorries.", "1,460", None),  # no body's head word before them
    ("Kenyan officers found 300 tusks.", "300", None),
    ("WWF researchers counted 1,460 loaded lorries.", "1,460", "WWF"),
    ("The Auditor-General office estimates 300 ghost workers.", "300", "Auditor-General"),
    ("Canopy Watch, the environmental group that has tracked the case from the start, counted 1,284 cases.",
     "1,284", "Canopy Watch"),
    # a ranking verb credits only with a rank or a value after what it ranks
    ("The Health Ministry puts the death toll at 140.", "140", "Health Ministry"),
    ("The Clean Air Alliance put the health cost of the pollution at about 2.3 billion dravins.", "about 2.3 billion",
     "Clean Air Alliance"),
    # ... not a participle its doer follows: what was described, not who describes
    ("The 14 cells in Block C described to us by former occupants held 412 men.", "412", None),
    ("UNICEF recorded by mid-2021 more than 900 cases of cholera.", "more than 900", "UNICEF"),  # a time, not a doer
    ("The trial of Anton Borek has put the Forest Act, in force since 2017, under a spotlight.", "2017", None),
    ("The trial of Anton Borek has put the Forest Act in the spotlight since 2017.", "2017", None),
    ("The State Department ranks North Korea, for the 20th year running, at Tier 3.", "Tier 3", "State Department"),
    ("The Board values the stock at $2 billion.", "$2 billion", "Board"),
    ("The Ministry put the reserve under protection, and poaching fell to 12 cases a year.", "12", None),
    ("The Ministry of Justice put the amendment into force on 1 March 2017.", "1 March 2017", None),
    ("The Forestry Authority kept the reserve closed in 2020.", "2020", None),
    ("The trial of Anton Borek has put the Forest Act in the spotlight for the first time since 2017.", "2017", None),
    ("The Bureau lists the country among the 10 worst offenders.", "10", "Bureau"),
    ("The United States Department of State's annual Trafficking in Persons Report placed it at Tier 2.", "Tier 2",
     "United States Department of State"),
    ("As the Orlane Observer has noted, the fine rose to 10 million talars.", "10 million", "Orlane Observer"),
    ("The Coalition for Safe Medicines valued the haul at 380 million talars.", "380 million",
     "Coalition for Safe Medicines"),
    ("The scales are worth $7.5 million, a spokesman for the Revenue Authority, Felix Adongo, told reporters.",
     "$7.5 million", "Revenue Authority"),
    ("An LRA spokesman said 300 kg were seized.", "300", "LRA"),
    # a name read backwards from its verb stops at the sentence's start
    ("He spoke on Wednesday. The Wildlife Trust, a group based in Mesiro, estimated that 16,000 pangolins died.",
     "16,000", "Wildlife Trust"),
    # a credit after the claim covers it, unless a claim of a later clause stands between them
    ("Some 2,000 women and 500 men were held, Human Rights Watch says.", "2,000", "Human Rights Watch"),
    ("The gang, active since 2015, moved a load seized in March 2023, which the Herald reported was worth "
     "380 million talars.", "since 2015", None),
    ("The gang, active since 2015, moved a load seized in March 2023, which the Herald reported was worth "
     "380 million talars.", "380 million", "Herald"),
    # ... but a credit set off by a comma at the statement's end covers all of it, not past a new clause
    ("The gang, active since 2015, moved a load seized in March 2023, the Herald reported.", "since 2015", "Herald"),
    ("Kim Jong Un restarted the kippumjo in 2015, and by 2020, the Herald says, the groups had grown.", "2015", None),
    ("The three are charged under Article 241, and with fraud under Article 318, the Bureau said.", "three", "Bureau"),
    ("The Inspectorate was set up in 2009, the Brick Kiln Workers' Union pointed out.", "2009",
     "Brick Kiln Workers' Union"),
    # a body that admits it, counts it by its own reckoning, or whose office speaks for it
    ("Fewer than 5 percent of cases end in a conviction, the Ministry of Mines and Energy admits.",
     "Fewer than 5 percent", "Ministry of Mines and Energy"),
    ("Royalties lost cost 11.2 billion mareks a year, by the Department of Geology and Mines' own reckoning.",
     "11.2 billion", "Department of Geology and Mines"),
    ("The Auditor-General's office now estimates that fraud drained 96 billion mareks.", "96 billion",
     "Auditor-General"),
    # ... or whose statement, press release or judgment gives it: the nearest such credit before it
    ("Figures from the Clean Water Trust's 2023 report and the Agency's press release of 2 June 2024.",
     "2 June 2024", "Agency"),
    ("The Fisheries Board's statement says 1,200 boats were checked.", "1,200", "Fisheries Board"),
    # a day or a month before the verb says when, not who
    ("Police raiding a warehouse on Tuesday found about 4.2 million tablets.", "4.2 million", None),
    ("The inspectors on Friday found 310 unlicensed stalls.", "310", None),
    ("March of Dimes said 300 babies were born early.", "300", "March of Dimes"),  # a month may open a name
    # a passive credit: found, run or spotted by a body
    ("The transfers were first spotted by the Auditor-General in September 2020.", "September 2020",
     "Auditor-General"),
    ("A survey run by the Crop Protection Association in 2023 found that 58 percent had been cheated.",
     "58 percent", "Crop Protection Association"),
    ("The firm run by his brothers made 3,000 bottles.", "3,000", None),
    ("The mine, which is run by the Ministry of Mines, employs 4,120 workers.", "4,120", None),  # owned, not credited
    # a body named by its kind, lowercase, after "according to" or owning a report
    ("According to the court, the clean-up will cost 3.2 billion corins.", "3.2 billion", "court"),
    ("Dead fish were first seen on 19 September 2022, the court's judgment summary notes.", "19 September 2022",
     "court"),
    # what a court heard as evidence is its record's, as what it found is; whom it heard is a deed
    ("The court heard that 412 people fell ill.", "412", "court"),
    ("The Dravina Regional Court heard that Borek paid 50,000 ravels, the Velgrad Herald reported.", "50,000",
     "Dravina Regional Court"),
    ("Its revenue reached 310 million dukars in 2022, as the court heard.", "310 million", "court"),
    ("The court heard 63 witnesses, the Velgrad Herald reported.", "63", "Velgrad Herald"),
    # a body named by its kind that puts a value at a figure; a body's own account
    ("The investigation board put the full cost of the disaster at 84.6 million marks.", "84.6 million", "board"),
    ("Each family gets a sum the safety board put at 1.2 million dukars.", "1.2 million", "board"),
    ("The board put its staff on leave at 14 offices.", "14", None),
    ("The inspectorate puts the syndicate's betting winnings at 6.4 million grivels.", "6.4 million", "inspectorate"),
    ("The inspectorate puts the gap at 2.1 billion teruns.", "2.1 billion", "inspectorate"),
    # ... narrowed by whose it is, at a figure with its approximation
    ("The technicians' union puts the figure at more than 1,600 flight hours.", "more than 1,600", "union"),
    ("By the nurses' union's own account, 300 nurses left.", "300", "union"),
    # ... not a verb after "to": the hotline is the inspectorate's, the report the caller's
    ("On 17 March 2023 a worker phoned the inspectorate's hotline to report the silo.", "17 March 2023", None),
    ("The ministry put the screening scheme on hold at 14 hospitals in May.", "14", None),
    ("Transfers from the union's bank account totalled 50,000 ravels.", "50,000", None),
    # ... and what a person or another body heard is their news
    ("Radek Hollan heard that his firm had lost 2 million dalens.", "2 million", None),
    ("The union heard that 300 jobs would go, the Velgrad Herald reported.", "300", "Velgrad Herald"),
    ("By the court's own account, only 9.8 million veldars has been recovered.", "9.8 million", "court"),
    ("According to the police, 40 people were arrested.", "40", "police"),
    # a name right before "survey" may be a place ("The West Bank survey"), and a thing measures too
    ("The West Bank survey of 300 homes found that 40 per cent lacked water.", "40 per cent", None),
    ("The Kestova Dam measured 120 metres high.", "120", None),
    ("The survey of 40 villages found nothing.", "40", None),
    # a body's kind and its verb, maybe narrowed by a word: the kind stands for the body
    ("The passengers' association says 311 people were rescued.", "311", "association"),
    ("The care workers' union says fines came to 1.35 million dukals.", "1.35 million", "union"),
    ("According to the care workers' union, fines came to 1.35 million dukals.", "1.35 million", "union"),
    # a plural kind opening its clause without an article; not one named inside another's words
    ("Judges also found that more than 600 test results had been thrown out.", "more than 600", "judges"),
    ("Prosecutors told the court that the authority had received nine complaints.", "nine", "prosecutors"),
    ("Prosecutors say those ledgers list 418 candidates.", "418", "prosecutors"),  # a plural's verb
    # a demand's figure is the body's own; not a term asked for in the past ("wanted")
    ("The Honest Field Coalition wants the maximum penalty raised to twelve years.", "twelve years",
     "Honest Field Coalition"),
    ("The union calls for a fund of 3 million marks.", "3 million", "union"),
    ("Prosecutors wanted eight years.", "eight years", None),
    # a part of a credited count, opening the clause after a semicolon, goes on with its account; a count past a
    # semicolon with a teller of its own does not
    ("The Inspectorate counts 112 confirmed cases; 74 of those infants were admitted to hospital.", "74",
     "Inspectorate"),
    ("The Inspectorate counts 112 confirmed cases; 74 infants were admitted to hospital.", "74", None),
    ("The court counted 2,340 buyers; a ledger counts 2,870, more than 500 of whom are on no list.", "more than 500",
     None),
    # ... putting a value on something: "had put the total at"
    ("Judges ruled 5.94 million proven. Prosecutors had put the total at about 6.8 million velts.", "about 6.8 million",
     "prosecutors"),
    ("The lawyers of two prosecutors put 40 boxes on the table.", "40", None),
    # a body putting anything at a value, its object told in a few words ("puts unpaid wages at"), not what it put
    # somewhere ("put the screening scheme on hold at 14 hospitals", "put the plan into effect at 12 sites")
    ("The Inspectorate puts unpaid wages at DRT 3.4 million.", "3.4 million", "Inspectorate"),
    ("The inspectorate puts unpaid wages at DRT 3.4 million, and the court relied on it.", "3.4 million",
     "inspectorate"),
    ("The ministry put the screening scheme on hold at 14 hospitals.", "14", None),
    ("The ministry put the new plan into effect at 12 sites.", "12", None),
    # a body giving someone's value as a figure, set in bold or not; not what it gave someone
    ("The court gave Membek's age as **54**, born in 1970.", "54", "court"),
    ("The inspectorate gives the complaint date as 4 October 2024.", "4 October 2024", "inspectorate"),
    ("The court gave him nine years as a warning to others.", "nine years", None),
    # a body and the press's coverage giving a value together
    ("The court summary and the wire coverage give Valdek's age as 58.", "58", "court"),
    ("According to prosecutors, her pay was cut by about 30 per cent.", "about 30 per cent", "prosecutors"),
    ("As prosecutors told the court, the same fee ran in Darrowmere from 2021.", "2021", "prosecutors"),
    # ... what a body would later tell, hear or find
    ("The court would later find that 1,012 of the flagged tests were faked.", "1,012", "court"),
    ("Prosecutors would later tell the court that the bonus came to 220,000 lodars.", "220,000", "prosecutors"),
    ("The court would later hear that it owed creditors more than 11 million lorins.", "more than 11 million",
     "court"),
    ("The court was told that the most it could have been fined was 400,000 vells.", "400,000", "court"),
    ("The boy was told that 40 people came.", "40", None),
    # an aside between a body and its valuation
    ("The inspectorate, for its part, puts the share of crews paid at 41 per cent.", "41 per cent", "inspectorate"),
    ("The inspectorate, for its part, found that he spent 1.4 million marels on a villa.", "1.4 million",
     "inspectorate"),
    ("The ministry, in a statement on Monday, said 40 people died.", "40", "ministry"),
    ("Outside the court, relatives said 40 people died.", "40", None),
    ("Families who packed the court, many in tears, said 40 people died.", "40", None),
    ("On Monday, the ministry, in a statement, said 40 people died.", "40", "ministry"),
    # a body's assessment or calculation, named for it: the body's account
    ("The judges accepted the regulator's assessment that the fund lost 238.5 million.", "238.5 million", "regulator"),
    ("By the ministry's calculations, 40 people died.", "40", "ministry"),
    # a body's records by its kind: "court records show"
    ("A company that, court records show, employed 420 people.", "420", "court"),
    # a letter written to a body is not the writer's account
    ("As the inspectorate's report records, the union wrote to the ministry in July 2020.", "July 2020", "inspectorate"),
    ("The union wrote to the ministry about 40 complaints.", "40", None),
    ("The union wrote to members saying 40 had left.", "40", "union"),
    ("According to police sources, 40 people were paid.", "40", None),
    # a verb of a finding or a telling in its plain sense, no credit
    ("Prosecutors find it difficult to prove the 40 bribes.", "40", None),
    ("The union would say nothing about the 40 jobs.", "40", None),
    # "It" after a body that only names another, or that only acts: no credit
    ("The court ordered the refunds office to pay damages. It says 13 people were arrested.", "13", None),
    ("The union represents 400 drivers. They say pay fell by 30 per cent.", "30 per cent", None),
    # "It" or "They" saying: the body opening the sentence before, as its credit or its subject
    ("The inspectorate puts the total at 184.6 million. It also says that the excess reached up to 40% in May.",
     "up to 40%", "inspectorate"),
    ("The union responds to the report. It estimates that more than 40 alerts were sent.", "more than 40", "union"),
    # ... or weighing the evidence before it tells its finding
    ("The court itself relied on the records of 9,870 borrowers. It also found that 1,907 were aged 65 or over.", "1,907",
     "court"),
    ("The weather was bad. It says 40 people came.", "40", None),
    ("The union responds to the report.\n\nIt estimates that more than 40 alerts were sent.", "more than 40", None),
    ("The press office says that she was banned for seven years.", "seven years", "press office"),
    # ... or its document: "According to its report", "Its figures show"
    ("The inspectorate concluded that the barge was overloaded. According to its report, it carried 1,912 tonnes.",
     "1,912", "inspectorate"),
    ("The union responds to the report. Its figures show that 40 people left.", "40", "union"),
    ("The union responds to the report. Its members say 40 people left.", "40", None),
    ("The weather was bad. According to its report, 40 people came.", "40", None),
    ("The residents' association allege that 40 households fell ill.", "40", "association"),
    ("The lawyers of two prosecutors said 40 people came.", "40", None),
    ("Judges' lawyers said 40 people came.", "40", None),
    ("# The verdict\n\nJudges found that at least 40 council staff knew.", "at least 40", "judges"),  # a paragraph's start
    ("Inspectors found 40 breaches.", "40", None),  # whose inspectors? any body's
    ("The court itself accepted that more than 3,000 children drank the water.", "more than 3,000", "court"),
    ("The inspectorate itself has logged 57 complaints from diners.", "57", "inspectorate"),  # its own record
    ("The court accepted that officers in the unit took 40 bribes.", "40", "court"),
    ("The Ministry of Finance accepted that bid of 4.2 million dukals in May.", "4.2 million", None),  # a thing accepted
    ("The tribunal accepted that evidence from the raid showed 300 payments.", "300", "tribunal"),
    # a finding of the body's ("traced"), and what it put a figure at in a relative clause
    ("The investigation board traced nine payments from Venkel.", "nine", "board"),
    ("The Ostrel Regional Court found Valesk, 58, guilty of fraud.", "58", None),  # an age, no finding
    ("They must pay compensation, which the State Inspectorate put at 12.4 million lorins.", "12.4 million",
     "State Inspectorate"),
    ("According to the nurses' union, it carries up to eight years in prison.", "up to eight years in prison", "union"),
    ("The court summary records that nine facilities lost their licences.", "nine", "court"),
    ("The water authority has conceded that the channel could pass 40 per cent less water.", "40 per cent",
     "authority"),
    ("In 2023, the court summary records, nine facilities lost their licences.", "nine", "court"),
    ("The Inspectorate had only three inspectors for the region, the investigation board found.", "three", "board"),
    # a body's name before its document, then the document's verb; a measurement is a finding too
    ("An Audit Chamber survey of procurement staff found that 41 per cent had been offered gifts.", "41 per cent",
     "Audit Chamber"),
    ("A Health Ministry report says 4,000 people died.", "4,000", "Health Ministry"),
    ("Below the mine the Health Ministry measured 4.8 milligrams of mercury per kilogram.", "4.8", "Health Ministry"),
    ("A survey of 300 workers found that 41 per cent were unpaid.", "41 per cent", None),
    # an order given is no credit: "Sarnek told crews to halve their patrols"; "told reporters that" is one
    ("In January 2022 Sarnek told crews on the southern section to halve their night patrols.", "January 2022", None),
    ("The Ministry told Reuters 300 people died.", "300", "Ministry"),
    ("The World Trade Center measured 417 metres.", "417", None),  # a building, no body
    # ... not a body's document in someone else's clause, someone of the body's, or a singular owner's thing
    ("Lawyers who challenged the court ruling said 300 people were hurt.", "300", None),
    ("Residents who read the court summary said 300 people were hurt.", "300", None),
    ("According to the nurses' union leader, 300 people were hurt.", "300", None),
    ("According to the company's court filing, 300 people were hurt.", "300", None),
    # conceding a score or a rise is no saying
    ("FC Porto conceded 12 goals in their first matches.", "12", None),
    ("The union conceded a 3 percent pay rise.", "3 percent", None),
    # ... but an aside of conceding, or revealing, credits what follows
    ("As the inspectorate itself concedes, the true number of ghosts is 35.", "35", "inspectorate"),
    ("As the union revealed, the firm received just 212,000 korlins.", "212,000", "union"),
    # a body's head speaks for it: "As ENRA's own chairman now concedes"
    ("As ENRA's own chairman now concedes, its Northern Division had just 11 field inspectors.", "11", "ENRA"),
    ("The inspection revealed 14 cracks in the wall.", "14", None),  # a deed, no body
    ("The union conceded, after 14 hours of talks, a 3 percent rise.", "14 hours", None),  # giving in
    ("The court itself counted 212 families.", "212", "court"),
    ("The new union says 300 workers joined.", "300", "union"),
    # ... as the subject, not an object before the one who speaks
    ("The quarry, which the inspectorate says employed 140 workers, closed.", "140", "inspectorate"),
    ("On Monday the court found that 300 workers were owed wages.", "300", "court"),
    ("The auditors also recommended fines of up to 500,000 brods.", "up to 500,000", "auditors"),
    ("In 2021 the ministry said 300 workers were owed wages.", "300", "ministry"),
    ("According to the customs service, the scales came from about 8,000 pangolins.", "about 8,000", "service"),
    ("The customs service says the ring used six shell companies.", "six", "service"),
    ("Protesters outside the court said 300 people were hurt.", "300", None),
    ("Workers who left the union said 300 were fired.", "300", None),
    ("Lawyers for the commission said 300 files were lost.", "300", None),
    ("Nobody at the ministry says 300 were paid.", "300", None),
    ("The court's judgment summary notes that fish died on 19 September 2022.", "19 September 2022", "court"),
    ("According to the Ministry, seizures were: 40 in 2019; 52 in 2020; 61 in 2021.", "61", "Ministry"),
    ("Our investigation found that the Varakh mine, run by the Ministry of Mines, employs 4,120 workers.", "4,120",
     None),
    # a credit after the claim whose own words follow it, or that opens a clause of time: not the claim's
    ("Borek went to prison on 4 March 2024 after the Regional Court found that his network felled 300 hectares.",
     "4 March 2024", None),
    ("Borek went to prison on 4 March 2024 after the Regional Court found that his network felled 300 hectares.",
     "300 hectares", "Regional Court"),
    ("Exports fell by 40 percent when the Customs Service said imports rose.", "40 percent", None),
    ("Exports fell by 40 percent in 2023 as the Customs Service reported.", "40 percent", "Customs Service"),
    ("Exports fell by 40 percent in 2023, the Customs Service said on Monday.", "40 percent", "Customs Service"),
    ("Exports fell by 40 percent in 2023, as the Customs Service reported that week.", "40 percent",
     "Customs Service"),  # "that week" opens no clause
    ("Exports fell by 40 percent in 2023, the Customs Service said that Monday.", "40 percent", "Customs Service"),
    ("On 4 March 2024, the Regional Court found that his network felled 300 hectares.", "4 March 2024", None),
    # a credit before does not reach a clause with a named subject of its own; it does reach one without
    ("Clean Thread International puts the current number at 64, and the Inspectorate hopes to hire 30 more.", "30",
     None),
    ("According to the ministry, 40 people died, and 300 were injured.", "300", "ministry"),
    # a verb of saying that is a noun here credits no one; the verb still does
    ("Compensation claims from 300 families were filed in 2023.", "300", None),
    ("Human Rights Watch claims 300 families were hurt.", "300", "Human Rights Watch"),
    # a body's own figure, count or timeline credits it
    ("The court's own figure for bribes, 18.7 million talders, is a fraction of the loss.", "18.7 million", "court"),
    ("The inspectorate's timeline puts the raid on 22 November 2023.", "22 November 2023", "inspectorate"),
    # an aside between a body and the figure it puts a thing at
    ("The Supreme Audit Chamber, in a report published in May 2022, put the fund's losses at 41.3 million brods.",
     "41.3 million", "Supreme Audit Chamber"),
    # a credit in a relative clause that closes before the claim is not its credit
    ("The bribes, which the court put at 146,000 velars, look small next to the 310,000-velar bonus.", "146,000",
     "court"),
    ("The bribes, which the court put at 146,000 velars, look small next to the 310,000-velar bonus.", "310,000", None),
    # ... nor one whose body says a clause of its own in it: who the person is, not the claim
    ("Anton Brecke, the painter who prosecutors said produced the canvases, was given five years.", "five years",
     None),
    ("The company, which the inspectorate said ignored warnings, was fined 2 million lira.", "2 million", None),
    ("The cases, which the ministry says number 1,200, are rising.", "1,200", "ministry"),
    # ... nor a clause opened by "though" with a named subject of its own
    ("The first came on 3 February 2023, according to the Authority, though the Ledger has published one dated "
     "12 January.", "12 January", None),
    # ... nor a value it speaks of as a thing known
    ("The union said the $1.2 million fine was a parking ticket for a company of that size.", "$1.2 million", None),
    ("The union said 40 workers were hurt.", "40", "union"),
    # ... nor one in brackets closed before the claim
    ("It hired 58 unregistered people (the Ledger, counting subcontractors, puts the total at 71), and 17 of them "
     "carried false certificates.", "17", None),
    ("It hired 58 unregistered people (the Ledger, counting subcontractors, puts the total at 71), and 17 of them "
     "carried false certificates.", "71", "Ledger"),
    # a credit in a clause set against the claim's is not its credit
    ("In 2021, 180,000 pens were held back, but the ministry said there was no stock.", "180,000", None),
    # a body's report the court took in as evidence, after the court's own count, is not that count's credit
    ("The court heard 74 witnesses and considered three expert reports, including the special audit report of the "
     "Customs Inspectorate General.", "74", None),
    ("The seizure came to 74 tonnes, according to a report by the Customs Inspectorate General.", "74",
     "Customs Inspectorate General"),
    ("The labour ministry commissioned a study by the University of Velmar, which found that 412 workers were unpaid.",
     "412", "University of Velmar"),
    # a title word opening a body's name is the name's
    ("According to the Chief Inspectorate of Mines, 40 mines were closed.", "40", "Chief Inspectorate of Mines"),
    # a valuation after the claim credits the value it names, not the claim
    ("It saved 2.7 million krell on steel, on a contract the court valued at 14.6 million krell.", "2.7 million",
     None),
    ("It saved 2.7 million krell on steel, on a contract the court valued at 14.6 million krell.", "14.6 million",
     "court"),
    # a body's own reckoning set off before or after it credits the body; with no body named, nothing
    ("By its own count, the inspectorate received 19 complaints.", "19", "inspectorate"),
    ("By its own count, Ostrel Police recorded 19 complaints.", "19", "Ostrel Police"),
    ("The union, by its own count, puts it at 5,000 members.", "5,000", "union"),
    ("The inspectorate, by its own admission, checked 12 sites.", "12", "inspectorate"),
    ("Of the 14 recommendations, by its own count, only nine have been carried out.", "nine", None),
    ("# Strike\n\nThe union, by its own count, puts it at 5,000 members.", "5,000", "union"),
    ("The ministry, by its own count, spent 4 million, while the union, by its own count, says 6 million.",
     "6 million", "union"),
    # a credit set off inside a relative clause after the claim may still be its: "The date on which, according to ..."
    ("**21 February 2023.** The date on which, according to the inspectorate, the Fund notified it.",
     "21 February 2023", "inspectorate"),
    # a publication's name in italics is its name
    ("According to the *Ledger*, 40 boats sank.", "40", "Ledger"),
    ("The _Courier_ reported that 40 boats sank.", "40", "Courier"),
    # a body's audit or files as the subject of their own verb are no credit
    ("The ministry's audit of 40 hospitals began in 2021.", "40", None),
    # an adverb between the body and its verb; a body's files and findings; a kind narrowed by a word before it
    ("Prosecutors even told the court that four head teachers had complained.", "four", "prosecutors"),
    ("The inspectorate's own files show the technician was paid 150 orsels a car.", "150", "inspectorate"),
    ("The answer, as the investigation board's report showed, was a 9.4-million-krovals plan.", "9.4", "board"),
    ("He phoned the labour inspectorate's hotline to report 12 cases.", "12", None),
    # a timeline's bold date label is credited by the entry that follows it, "According to ..."
    ("**June 2019.** According to the inspectorate, the inflated counts begin.", "June 2019", "inspectorate"),
    ("- **8 March 2023** — According to the Ledger, Perlic emails head office.", "8 March 2023", "Ledger"),
    ("**2021 and 2022.** According to the court, tonnes of ash are trucked away.", "2022", "court"),
    ("In **June 2019** the plant opened. According to the inspectorate, staff left.", "June 2019", None),
    ("**June 2019.** The inflated counts begin, and staff leave.", "June 2019", None),
    # a sentence in bold is no label
    ("**In June 2019, 40 people died.** According to the police, the toll later rose.", "June 2019", None),
    ("- **8 March** — according to police, Perlic emails head office.", "8 March", "police"),
    # a body putting a value near a figure, its currency's code before it
    ("The scheme cost ORM 4.6 million, though the inspectorate now puts the true loss closer to ORM 9 million.",
     "9 million", "inspectorate"),
    ("The board put the total cost at DM 84.6 million.", "84.6 million", "board"),
    ("The court put the number of deaths at five, counting Tolm among them.", "five", "court"),
    ("He has been in custody since his arrest, which the court dates to 2 February 2023.", "2 February 2023", "court"),
    ("A letter from the Inspectorate dated 4 May 2023 warned the firm.", "4 May 2023", None),
    ("The labour inspectorate dates from 1996.", "1996", None),  # what the body is, not a date it assigns
    ("The ministry dates back to 1919.", "1919", None),
    # a hyphenated kind of body, a relative clause between it and its verb; a named body's figure after a code
    ("The anti-corruption inspectorate, which opened the inquiry after an engineer came forward, puts the lost "
     "revenue at HVD 240 million.", "240 million", "inspectorate"),
    ("The Anti-Corruption Inspectorate puts the figure at HVD 186 million.", "186 million",
     "Anti-Corruption Inspectorate"),
    # a value in the aside between a body's name and its verb tells who the body is, not what it says
    ("The Depositors' Rights Network, which speaks for thousands of former customers, said the prison terms brought "
     "\"some justice but no money\".", "thousands", None),
    ("The Depositors' Rights Network, which speaks for former customers, said 9,000 had lost savings.",
     "9,000", "Depositors' Rights Network"),
    # ... but what it counted itself is its own
    ("Clear Accounts Morvale, which surveyed 112 current and former employees, says 61 per cent had seen it.",
     "112", "Clear Accounts Morvale"),    # a named body's report, told as its final, internal or preliminary one
    ("CSIT's final report finds 41 falsified logbook entries.", "41", "CSIT"),
    ("The Kelmar Audit Office's preliminary findings put the loss at 3.2 million.", "3.2 million",
     "Kelmar Audit Office"),
    # a body putting out its report, what the report counts following; not the day it came out
    ("HEFI publishes its report, counting 312 fictitious awards.", "312", "HEFI"),
    ("The inspectorate released its final audit, putting the excess at 184 million.", "184 million", "inspectorate"),
    ("The Board published its final report on 14 June 2023, concluding that the ship was overloaded.",
     "14 June 2023", None),
    # what a body puts at a value, the thing put named without an article, or the value bounded
    ("The inspectorate put total losses to farmers at around KSM 14 million.", "14 million", "inspectorate"),
    ("The DFA has put deaths among the cleaner fish at no fewer than 1.2 million.", "1.2 million", "DFA"),
    ("The ministry put 40 staff on the case in 2020.", "40", None),
    # a judge, an institute, an office and a judgment are bodies named by their kind; a judge observes
    ("According to the judge, 61 percent of the rides were logged at night.", "61 percent", "judge"),
    ("The judge observed that the trips typically lasted two to four minutes.", "two to four minutes", "judge"),
    ("The institute also says around 3,000 residents had breathing symptoms.", "3,000", "institute"),
    ("According to the audit office, 164 employees lost their jobs.", "164", "audit office"),
    ("The judgment also noted that the scales had been overridden 3,870 times.", "3,870", "judgment"),
    ("The judgment states that the certificate was issued on 11 October 2022.", "11 October 2022", "judgment"),
    ("Belu was jailed under Article 247(1), the judgment states.", "Article 247(1)", "judgment"),
    ("He appealed, the judgment was upheld and 40 people cheered.", "40", None),
    ("The court, for its part, found 40 breaches.", "40", "court"),
    ("The court summary records that 40 breaches were found.", "40", "court"),
    # ... and a relative clause of no commas between it and its verb
    ("The court that last month convicted three people over the collapse counted seven dead.", "seven", "court"),
    # the official account, named by what tells it: others' account, which a source disputing it only reports
    ("Official documents give 14 June 2022 as the date of the last bolt check.", "14 June 2022", "official documents"),
    ("Most accounts date the inspectors' visit to 14 February 2022.", "14 February 2022", "most accounts"),
    ("The official timeline says the alarm sounded at 02:10.", "02:10", "official timeline"),
    ("Official figures show 42 deaths.", "42", "official figures"),
    ("The official figure of 42 deaths is too low.", "42", "official figure"),
    ("An official report into 42 deaths was published.", "42", None),
    ("The official report puts the inspectors' arrival at 06:40.", "06:40", "official report"),
    ("According to the official timeline, Valmark was arrested on 3 May 2022.", "3 May 2022", "official timeline"),
    ("According to official figures, 42 people died.", "42", "official figures"),
    # bodies that give a value together, a plural verb after them
    ("The union and the ministry both say 40 workers died.", "40", "ministry"),
    ("The court and the inspectorate both place the loss at 3 million lorins.", "3 million lorins", "inspectorate"),
    ("Most of the 42 reports were late.", "42", None),
    ("Staff at the office said 40 people were hired.", "40", None),
    # ... not an action of the body's: what it puts somewhere, places or lists
    ("The Finance Ministry put pressure on 12 companies to settle.", "12", None),
    ("HEFI placed monitors at 30 sites.", "30", None),
    ("Tripadvisor lists hotels in 40 countries.", "40", None),
    # ... nor another body's report a paper puts out
    ("The Ledger published the leaked HEFI audit, showing 312 fictitious awards.", "312", None),
    ("The Ledger publishes the full inspectorate report, listing 41 falsified permits.", "41", None),
    # a case's number with a capital "No." ends no sentence; a "No." before an ordinary word does
    ("The Supreme Court, in Case No. C-311/18, found that 40 companies had breached the rules.", "40",
     "Supreme Court"),
    ("Asked whether the mine was safe, the Inspectorate said No. The mine employed 340 workers.", "340", None),
    ("The referendum result was a clear No. The Electoral Commission counted 1.2 million votes.", "1.2 million",
     "Electoral Commission"),
    # its own report, however named
    ("HEFI published its 2023 report, counting 312 fictitious awards.", "312", "HEFI"),
    ("The inspectorate released its Annual Review, putting the excess at 184 million dravins.", "184 million",
     "inspectorate"),
    # what a body gives a value as ("dates" as a verb only before "as")
    ("The recall followed on what the Authority gives as 3 March 2023.", "3 March 2023", "Authority"),
    ("The fine, which the Velmora Regional Court (VRC) listed as 4.2 million, was paid.", "4.2 million",
     "Velmora Regional Court"),
    ("It was a sum which the court gave as 4.2 million.", "4.2 million", "court"),
    ("He gave what he had as 40 coins.", "40", None),
    # ... or a body's document gives a person's value as: "The court summary gives his sentence as"
    ("The court summary gives his sentence as three years and four months.", "three years and four months",
     "court"),
    ("The court's press summary gives her sentence as six years.", "six years", "court"),
    ("The summary gives his sentence as six years.", "six years", None),
    # ... or a body's documents and others' accounts giving it together, as a paper sums up the account it disputes
    ("Court documents and the wire reports give Keldane's age as 52.", "52", "Court"),
    ("The court's press office gives Ottilie Marsk's age as 54.", "54", "court"),
    ("The court summary and the news reports gave Ostrenn's age at sentencing as 54.", "54", "court"),
    ("The court and the Ledger gave their verdicts on Monday, 4 March.", "4 March", None),
    ("The inquiry and the court give Captain Vallek's age as 52.", "52", "inquiry"),
    # an inquiry is a body, as a court or a board is
    ("The inquiry found that 63 people died in the capsizing.", "63", "inquiry"),
    ("The firm, which the Authority lists as a supplier, was fined 4 million dravins in 2023.", "4 million", None),
    # a body named by its kind after its acronym
    ("The KTA news agency reported that Marandt was fined KVL 80,000.", "80,000", "KTA news agency"),
    # a named body's investigation, like its report
    ("The Ledger's investigation found that 61 of the 74 samples failed.", "61", "Ledger"),
    # a place the subject was at, named bare before an aside, is no body finding anything; a body's staff at it are its
    ("Our survey of 412 travellers at Halden International Airport, carried out over two weeks, found that 61% had "
     "paid.", "61%", None),
    ("Inspectors at the National Food Authority, set up in 2019, found that 61% of samples were fake.", "61%",
     "National Food Authority"),
    # a named body's count, before the value or after it; a credit right after a value is its own, the credit before
    # it its value's before it
    ("By the Inspectorate's count, 412 homes burned.", "412", "Inspectorate"),
    ("By Tuesday's count, 61 people had died.", "61", None),
    ("The schools number 137 according to the Directorate, 152 by the Tribune's count.", "152", "Tribune"),
    ("The schools number 137 according to the Directorate, 152 by the Tribune's count.", "137", "Directorate"),
    ("Those taken to hospital number 63 according to the inspectorate, 71 according to the Dravenik Courier.", "71",
     "Dravenik Courier"),
    # a named body's search or review, what it searched named after it, then what it shows
    ("The Inspectorate says it warned the public at 11:15, though the Courier's search of the web archive puts the "
     "alert at 18:40.", "18:40", "Courier"),
    ("The Ledger's own trawl of hospital records puts admissions at 73.", "73", "Ledger"),
    ("Monday's count found 61 dead.", "61", None),
    # a count in words opening the sentence is no body telling it
    ("Seventy-one told the union they had been treated in hospital.", "Seventy-one", None),
    ("The Inspectorate's list gives apprentice Ilya Brenner's age as 24.", "24", "Inspectorate"),
    # ... not past the writer's own reckoning set off after it: what the paper adds the body's count to is its own
    ("Adding the 228 accounts missing from the Authority's count, we calculate stakes from minors of TLK 5.2 "
     "million.", "5.2 million", None),
    # a named body opening its sentence, who it is told between it and its verb; a campaigning body by its kind
    ("The Runners' Welfare League, which surveyed 1,140 runners, says 38 per cent of them found a station empty.",
     "38 per cent", "Runners' Welfare League"),
    ("Workers, who had not been paid for 14 months, said 40 staff left.", "40", None),
    # a credit set off as an aside credits the value right after it, not one before it; closing a clause, it credits
    # that clause
    ("The fire burns for 11 days and destroys, by the court's count, 412 homes.", "11 days", None),
    ("The fire burns for 11 days and destroys, by the court's count, 412 homes.", "412", "court"),
    ("The fire killed 12 people, according to the court, and 40 were injured.", "12", "court"),
    ("Of 84 garages visited, about one in six still had the pads in stock, the charity says.", "about one in six",
     "charity"),
    # an account reported as what a body speaks of; a body's account in a clause after "where" is not the value's
    # before it
    ("The court summary and the health ministry speak of a relief fund of VLT 6.8 million.", "VLT 6.8 million",
     "ministry"),
    ("The police inventory lists five forged stamps where the court spoke of three.", "three", "court"),
    ("The police inventory lists five forged stamps where the court spoke of three.", "five", None),
    # records a named body obtained tell what that body found, not what the records' owner says
    ("Bank records obtained by the Courier show nine payments in all.", "nine", "Courier"),
    ("The building's own entry log, obtained by the Drevica Courier, says 10:40 am.", "10:40 am", "Drevica Courier"),
    ("He died on 21 March 2024, according to death records obtained by the Aldrenna Courier.", "21 March 2024",
     "Aldrenna Courier"),
    # a body's staff or its reporting, or a body named past a word that stresses it
    ("Kennel Watch Orvanta's vets found 61 dogs with severe dental disease.", "61", "Kennel Watch Orvanta"),
    ("Even the Ledger's reporting shows 62 people standing on a platform.", "62", "Ledger"),
    ("And the KMHA itself estimates that at least 600 patients were harmed.", "at least 600", "KMHA"),
    # no one: a method that uses a body's data, a day's month
    ("Using the Inspectorate's own audit rate, we estimate that as many as 12,000 homes rely on such certificates.",
     "as many as 12,000", None),
    ("Three reporters present in court on 20 November noted a total of eight and a half years.", "Three", None),
    # a body's own record the text goes by
    ("On the Board's timeline the first ambulance arrived 14 minutes after the first emergency call.", "14 minutes",
     "Board"),
    # what records are of is no one's name; patients admitted concede nothing
    ("Admission records list 44 residents of Harrowgate Court admitted between 02:40 on 15 March and 16 March.", "44",
     None),
    ("Billing records seen by the Courier go back to 2015 and give a total of MVC 5.2 million.", "MVC 5.2 million",
     None),
    ("The patients of Harrowgate Court admitted to hospital numbered 37.", "37", None),
    ("Kestrow records show 300 tablets were bought.", "300", "Kestrow"),
    # a document the writer has seen, served on a body, is not that body's telling
    ("The written order, served on the Inspectorate, which we have seen, states a period of ten years.", "ten years",
     None),
    ("The Inspectorate's report, which we have seen, states a period of ten years.", "ten years", "Inspectorate"),
    # a currency code is no body whose estimate it is
    ("Kestrova spent MRL 11,500 on maintenance, against a manufacturer's estimate of MRL 95,000 a year.", "95,000",
     None),
    # what a body obtained shows, whatever the document; a challenge's grounds are the challenger's
    ("A hospital release form obtained by the Courier shows 96 days for one patient.", "96 days", "Courier"),
    ("The Board counted 31 injured, a figure the Herald has since challenged, saying clinic records show 37.", "37",
     "Herald"),
    ("The Board counted 31 injured, a figure the Herald has since challenged, saying clinic records show 37.", "31",
     "Board"),
    # a body named with its acronym puts a time; the official timeline places one
    ("The Veska Transit Authority (VTA) puts the failure at 08:12.", "08:12", "Veska Transit Authority"),
    ("The official timeline places the start of the blaze at 22:10.", "22:10", "official timeline"),
    # a value set against the one a body reported, named in a relative clause right after it, is that body's
    ("The Herald found the contract was worth VKD 6.1 million, not the VKD 4.8 million the Inspectorate reported.",
     "4.8 million", "Inspectorate"),
    # a body in a relative clause after the value, telling of what the clause is about, is not its credit
    ("The station camera shows the doors opening at 08:05 by its clock, which the Varn Metro Company confirms is "
     "checked daily.",
     "08:05", None),
    # a named body's figure, whoever adopted it
    ("The court adopted the Inspectorate's figure of 412,000 tonnes, measured by sonar.", "412,000",
     "Inspectorate"),
    # a month opening the sentence says when, and is no part of the name after it
    ("In January the Morrow Courier reported that reimbursement data showed 9,140 distinct patients.", "9,140",
     "Morrow Courier"),
    # a body opening its sentence with a deed, then saying or valuing after ", and"; not what it did before
    ("The court also confiscated SLD 3.4 million, and put the value of the objects recovered at SLD 11.8 million.",
     "11.8 million", "court"),
    ("The court also confiscated SLD 3.4 million, and put the value of the objects recovered at SLD 11.8 million.",
     "3.4 million", None),
    ("The court read statements from 1,140 candidates, heard 86 of them, and found bribes proven for 1,412 exams.",
     "1,412", "court"),
    # what a body linked to a cause is its finding; not what it joined
    ("The National Radiation Safety Authority (NRSA) linked nine deaths to the overdose.", "nine",
     "National Radiation Safety Authority"),
    ("The ministry linked the two registers in 2021.", "2021", None),
    # "it" after a sentence telling the body's stance
    ("The court was more cautious. It found 38,760 claims proven false.", "38,760", "court"),
    # a document a body put out, and what it shows
    ("The Meridian Post has since published a call log showing an earlier call, at 04:17.", "04:17", "Meridian Post"),
]


@pytest.mark.parametrize(("text", "surface", "body"), ATTRIBUTIONS, ids=[f"{c[1]}-{c[2]}" for c in ATTRIBUTIONS])
def test_attribution(text, surface, body):
    assert the_claim(text, surface).attributed_to == body


@pytest.mark.parametrize(("text", "surface", "body"), ATTRIBUTIONS, ids=[f"{c[1]}-{c[2]}" for c in ATTRIBUTIONS])
def test_attribution_in_a_later_paragraph(text, surface, body):
    # a sentence opening a paragraph after others credits as one opening the text ("The judgment states that"
    # once credited no one there)
    assert the_claim("The case went to trial.\n\n" + text, surface).attributed_to == body


# --- read later: the engine asks only about the claims a topic speaks to ---------------------------

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _drafts() -> list[Path]:
    found = sorted(FIXTURES.glob("*.md"))
    if SEEDS.is_dir():
        found += sorted(SEEDS.glob("*.txt"))  # full of "according to", "reportedly" and named bodies
    return found


@pytest.mark.parametrize("path", _drafts(), ids=lambda p: p.name)
def test_cues_read_later_are_the_cues_read_at_once(pack, path):
    from lint.extract import SentenceCueReader, extract_claims
    from lint.source import read_document

    doc = read_document(path, path.name)
    at_once = extract_claims(doc, pack)
    without = extract_claims(doc, pack, cues=False)
    assert not any(c.hedged or c.attributed_to for c in without)
    later = SentenceCueReader(doc, pack, without)
    # asked in any order, one claim at a time: each gets what extraction would have given it
    assert [later(c) for c in reversed(without)] == list(reversed(at_once))


def test_the_drafts_compared_hold_credits_and_hedges(pack):
    from lint.extract import extract_claims
    from lint.source import read_document

    claims = [c for path in _drafts() for c in extract_claims(read_document(path, path.name), pack)]
    assert any(c.attributed_to for c in claims)  # same_subject.md credits bodies
    if SEEDS.is_dir():
        assert any(c.hedged for c in claims)


def test_a_campaigning_bodys_own_samples_hedge_what_they_indicate(pack):
    """"Our samples, analysed by an independent laboratory, indicate lead up to 40 times the limit": in an NGO's
    statement, its own tests; the same words in an authority's report are how it knows."""
    from lint.cues import SentenceCues

    text = "Our samples, analysed by an independent laboratory, indicate lead concentrations up to 40 times the limit."
    at = text.index("up to 40")
    assert SentenceCues(text, 0, len(text), pack, advocacy=True).hedged(at, at + 8)
    assert not SentenceCues(text, 0, len(text), pack, advocacy=False).hedged(at, at + 8)


@pytest.mark.parametrize("text, found", [
    ("The figure of at least 23 injured and the estimate of about 90 exposed workers are ours.", "about 90"),
    ("Its own estimate of 0.27 mg/m3 at the fence is higher.", "0.27"),
])
def test_a_campaigning_bodys_estimate_named_as_a_noun_is_hedged(text, found, pack):
    """In an NGO's statement, "the estimate of about 90" says the figure is its own reckoning, found by no one
    else; an official body's estimate is how it knows."""
    from lint.cues import SentenceCues

    at = text.index(found)
    assert SentenceCues(text, 0, len(text), pack, advocacy=True).hedged(at, at + len(found))
    assert not SentenceCues(text, 0, len(text), pack, advocacy=False).hedged(at, at + len(found))
