"""The words that tell what a name names: countries, capitals, regions, titles and roles.

Short lists, kept here so :mod:`~quiz.authoring.drafting.names` reads as rules. A role is
what a person is called in the text ("historian", "engineer", "developer of X"); roles
that do the same work share a group, so a distractor for a language's creator is
another creator, and a historian who writes about generals is never offered among them.
"""

from __future__ import annotations

from quiz.authoring.drafting.text import word_set

# the kinds of thing a name may name
PERSON, FIRM, PLACE, COUNTRY, ORGANISATION, EVENT, OTHER = (
    "person", "firm", "place", "country", "organisation", "event", "other"
)  # fmt: skip

COUNTRIES = word_set(
    """Afghanistan Albania Argentina Australia Austria Austria-Hungary Belgium Brazil
    Britain Bulgaria Canada Chile China Czechoslovakia Denmark Egypt England Estonia Finland
    France Germany Greece Holland Hungary India Iran Iraq Ireland Italy Japan Latvia
    Lithuania Mexico Netherlands Norway Persia Poland Portugal Prussia Romania Russia
    Scotland Serbia Spain Sweden Switzerland Turkey Ukraine USA USSR U.S. U.S.A. UK Wales
    Yugoslavia Niger Nigeria Sudan Tanzania Kenya Ethiopia Zimbabwe Thailand Taiwan Korea
    Vietnam Indonesia Pakistan Bangladesh Israel Syria Jordan Lebanon Morocco Algeria Tunisia
    Libya Peru Colombia Venezuela Cuba Chad Mali Ghana Uganda Zambia Angola Mongolia Nepal
    Haiti Jamaica Bolivia Ecuador Paraguay Uruguay Panama Nicaragua Honduras Guatemala Bahamas
    Iceland Luxembourg Croatia Slovenia Slovakia Bosnia Montenegro Moldova Belarus Armenia
    Azerbaijan Kazakhstan Uzbekistan Burma Myanmar Cambodia Laos Malaysia Singapore Philippines
    Madagascar Mozambique Namibia Botswana Senegal Somalia Congo Cameroon Rwanda Malawi Liberia
    Yemen Oman Qatar Kuwait Cyprus Malta Siam Ceylon Abyssinia Bohemia"""
) | {
    "Great Britain", "United States", "United Kingdom", "Soviet Union", "Soviet Russia",
    "South Korea", "North Korea", "South Africa", "New Zealand", "Central African Republic",
}  # fmt: skip
# Capitals and great cities: places, even where they stand for a government ("Moscow refused").
CAPITALS = word_set(
    """Amsterdam Ankara Athens Beijing Belgrade Berlin Berne Bern Brussels Bucharest Budapest
    Cairo Constantinople Copenhagen Delhi Dublin Edinburgh Geneva Hamburg Helsinki Istanbul Kiev
    Kyiv Leningrad Lisbon London Madrid Minsk Moscow Munich Oslo Ottawa Paris Peking Petrograd
    Prague Riga Rome Sofia Stockholm Tallinn Tokyo Vienna Vilnius Warsaw Washington Chicago
    Boston Baltimore Manchester Cambridge Oxford Philadelphia Seattle"""
) | {"St Petersburg", "St. Petersburg", "New York"}
# "Westport, Connecticut": a name before one of these is a place.
REGIONS = word_set(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Bavaria
    Saxony Prussia Silesia Kent Yorkshire Ontario Quebec Siberia Ukraine Asia Europe Africa
    America Americas Australia Antarctica Oceania Arctic Scandinavia Balkans Caribbean Greenland
    Iceland Labrador Patagonia Lapland Yukon Tasmania Borneo Sumatra Java Madagascar"""
) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "British Columbia",
} | COUNTRIES  # fmt: skip
ROLE_GROUPS = {
    "maker": "developer developers creator creators inventor inventors designer designers "
    "originator co-inventor co-inventors co-author coauthor pioneer co-developer",
    "scholar": "historian historians scholar scholars critic critics researcher researchers "
    "biographer commentator analyst",
    "scientist": "scientist scientists psychologist psychologists physicist chemist biologist "
    "mathematician mathematicians economist economists philosopher sociologist astronomer "
    "physician",
    "engineer": "engineer engineers architect architects technician",
    "writer": "writer writers author poet novelist satirist satirists journalist playwright editor",
    "artist": "painter composer actor actress singer musician sculptor director",
    "ruler": "emperor tsar kaiser king queen prince princess pharaoh sultan shah",
    "commander": "general marshal admiral commander colonel captain",
    "politician": "politician politicians minister chairman president chancellor leader "
    "diplomat ambassador commissar secretary senator governor mayor",
    "academic": "professor professors lecturer academic academics colleague tutor teacher dean",
    # people known only in private life: never offered among public figures
    "kin": "wife husband son sons daughter daughters mother father sister brother paramour spouse",
    "child": "boy girl child baby infant toddler",
    "student": "student students pupil assistant",
}
PRIVATE_ROLES = frozenset({"kin", "child", "student"})
# What a person did or thought, by the words around their name: "created by X", "X
# invented", "X's law of effect". Roles from deeds only sort distractors; they are no
# evidence that a name is a person ("developed by IBM").
MAKING_VERBS = word_set(
    "created developed invented designed devised proposed founded written composed "
    "formulated introduced pioneered"
)
IDEA_WORDS = word_set(
    "law theory principle formulation reflex model hypothesis theorem equation conjecture "
    "paradox method concept thesis"
)
ROLES = {word: group for group, words in ROLE_GROUPS.items() for word in words.split()}
PERSON_BEFORE = frozenset(ROLES) | word_set(
    "herr mr mrs ms dr professor colleague student assistant wife husband"
)
PERSON_AFTER = word_set(
    """said says wrote writes believed argued claimed proclaimed declared reported told
    asked complained described noted recalled insisted warned promised admitted who
    married died worried concluded examined deems deemed"""
)
KIN = word_set("wife husband son sons daughter daughters father mother brother sister children")
TITLES_AFTER = word_set("Chairman President Minister Secretary Chancellor General")
FIRM_BEFORE = word_set(
    "firm firms company companies concern maker makers manufacturer behemoth giant "
    "conglomerate agency"
)
DEAL_WORDS = word_set("contract contracts agreement agreements deal deals concession order orders")
FIRM_AFTER = word_set("AG GmbH Ltd Inc Corp Company Works Werke")
PLACE_BEFORE = word_set("in near outside towards into across between")
SEATED = word_set(  # titles held "of" a place: "the Elector of Hanover", "Prince of Venosa"
    """elector prince princess duke duchess king queen emperor empress count countess earl
    bishop archbishop margrave governor mayor lord lady baron baroness marquis tsar sultan
    shah archduke grand"""
)
PLACE_NOUNS = word_set("city town village port capital province region state")
PLACE_LIST_NOUNS = word_set("towns cities countries nations states regions capitals")
PLACE_FEATURES = word_set("River Sea Lake Square Street Basin Mountains Valley Island")
ORGANISATION_WORDS = word_set(
    """Party Commission Council Congress Conference Chamber Government Ministry Committee
    Assembly Parliament Bank Society Institute University Brigade Army Navy Labs Laboratory
    Laboratories Center Centre Foundation Association Agency Corporation College School
    Department Office Board Review Journal Press Library Museum Academy Cemetery Hotel
    Force Corps Guard Bureau Service Administration Programme Court Senate"""
)
EVENT_WORDS = word_set("War Revolution Depression Crisis Treaty Agreement Pact Fair")
# a work or a body, never a person: "the Waldstein Sonata", "the Société de Géographie"
WORK_WORDS = word_set(
    """Sonata Symphony Concerto Opera Quartet Quintet Trio Requiem Mass Overture Suite
    Cantata Oratorio Prelude Fugue Variations Société Sociedad Gesellschaft Compagnie"""
)
# a title alone names no one: "a former U.S. Representative", "Mission Specialist"
TITLE_NOUNS = word_set(
    """Representative Representatives Senator Congressman Congresswoman Delegate Specialist
    Commander Administrator Director Chairman Secretary Ambassador Governor"""
)
NEVER = word_set(
    """I The A An In On At By For From To Of And But Or If As So Its It This That These Those
    He She We They You His Her Their Our My There Here However Although Despite Perhaps
    Meanwhile Nevertheless Consequently Furthermore Moreover Ironically Among Under When
    While After Before Shortly One Some Many Most Why What Who Yet Either Right Dear
    Certain Out Also Even Still Only Then Thus Such Both Each Every No Not Building Later
    Thanks Because Though Unlike Like Since Upon Instead Lastly First Second Third Finally
    Other Another Except Until Through Just Whereas Once Now Today Every Others With
    Without Within Where Which Whose Following According Given AD BC BCE CE A.D. B.C. C.E.
    I'm I've I'd I'll I’m I’ve I’d I’ll Jr Jr. Sr Sr. Esq Esq. Ill Ill."""
)
# Compass regions ("the West", "the East"): sides of a divide, never a place to ask or offer
COMPASS = word_set("East West North South Midwest Orient Occident")
# Days and months that are no one: "September", "on Tuesday" (April, May, June and August
# are given names too)
CALENDAR = word_set(
    "January February March July September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
SKY = word_set(  # "the Sun and Moon", "Charon": bodies, never people or firms
    "Sun Moon Earth Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto Ceres Eris Charon "
    "Haumea Makemake Sedna Titan Europa Ganymede Callisto Io Triton"
)
BUILDINGS = word_set("Hospital Church Cathedral Chapel Hall Park Bridge Gate Inn Tower")
# the people of a worked example ("Alice pulls from Bob"): stand-ins, no one to learn about
STAND_INS = word_set("Alice Bob Carol Charlie Dave Eve Mallory Trudy Foo")
VESSEL_PREFIXES = word_set("HMS USS SS RMS HMCS HMAS MS MV USNS CSS")
# Institutions named with a capital ("Lincoln's Cabinet"): never a person, wherever "he" follows
INSTITUTIONS = word_set(
    """Cabinet Senate Congress Parliament Court Navy Army Crown Church State Union Confederacy
    Administration Constitution Legislature Assembly Council Treasury Supreme Federal Allies"""
)
ADJECTIVES = word_set(
    """Soviet German French Dutch Swiss Greek Western Eastern Allied Nazi Communist Bolshevik
    Bolsheviks Menshevik Mensheviks English British American European Italian Islamic
    Christian Jewish Muslim Baptist Catholic Protestant Quaker Puritan Methodist Anglican
    Lutheran Calvinist Unitarian Presbyterian Jesuit Franciscan Mormon Hindu Buddhist
    Roman Turk Arab Moor Celt Gaul Goth Vandal Hun Slav Saxon Dane Swede Trojan Etruscan
    Tuscan Spartan Aztec Inca Mayan Mexican African Scot Scots Welsh Florentine
    Whig Tory Jacobite Royalist Roundhead Cavalier Federalist Republican Democrat Liberal
    Conservative Unionist Loyalist Patriot Radical Chartist Socialist Labour
    Frenchman Frenchmen Englishman Englishmen Dutchman Dutchmen Scotsman Scotsmen Irishman
    Irishmen Welshman Welshmen Spaniard Spaniards Portuguese Indians Natives Colonists"""
)  # and peoples ("the Romans", "the Goths") and parties ("a zealous Whig"): no person
