// head100: the title printed twice around its kicker, the copy opened by its place and a full stop ("Morlaix. Le
// pont ... fermé"), reads as a sentence that opens the region: it is the title's copy, never the text's first
// paragraph (repeats_title()). A label in capitals right over the title ("POLITICS", "POLITIK") under a newsletter's
// prompt ("Sign up for our newsletter") opens the head's block as it does under the cookie notice: it is the
// kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct RepeatRow {
    const char* line;
    const char* title;
    bool repeats;
};

const std::vector<RepeatRow> repeat_rows = {
    {"Le pont de la Villeneuve fermé trois mois", "Le pont de la Villeneuve fermé trois mois", true},
    {"Morlaix. Le pont de la Villeneuve fermé trois mois", "Le pont de la Villeneuve fermé trois mois", true},
    {"Le pont de la Villeneuve fermé trois mois", "Morlaix. Le pont de la Villeneuve fermé trois mois", true},
    {"Grünbach. Das Freibad bleibt den Sommer geschlossen", "Das Freibad bleibt den Sommer geschlossen", true},
    {"Borgo San Dalmazzo. Il ponte chiuso tre mesi", "Il ponte chiuso tre mesi", true},
    {"Ashbury. The canal footbridge shut for three months", "Ashbury. The canal footbridge shut for three months",
     true},
    // (near misses: a sentence of its own before the title, a figure, a sentence going on past the title, a lower-case
    // opening, another title)
    {"Le préfet a tranché ce matin. Le pont de la Villeneuve fermé trois mois",
     "Le pont de la Villeneuve fermé trois mois", false},
    {"Update 2. The canal footbridge shut for three months", "The canal footbridge shut for three months", false},
    {"Le pont de la Villeneuve fermé trois mois, a annoncé la préfecture.",
     "Le pont de la Villeneuve fermé trois mois", false},
    {"dimanche. Le pont de la Villeneuve fermé trois mois", "Le pont de la Villeneuve fermé trois mois", false},
    {"Das Freibad bleibt den Sommer geschlossen", "Das Hallenbad bleibt den Sommer geschlossen", false},
    {"Ashbury: The canal footbridge shut for three months", "The canal footbridge shut for three months", false},
};

bool in_body(const Article& a, const std::string& line) {
    for (const Section& s : a.sections)
        if (std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end())
            return true;
    return false;
}

struct TwiceRow {
    const char* name;
    std::string page;
    std::string kicker;
    std::string headline;
    std::string first_paragraph;
};

const std::vector<TwiceRow> twice_rows = {
    {"fr",
     "Le Réveil du Léon\n"
     "Actualité\n"
     "Région\n"
     "Sports\n"
     "Loisirs\n"
     "Nous utilisons des cookies pour améliorer votre expérience. Accepter et fermer\n"
     "Continuer sans accepter\n"
     "Accueil\n"
     "Région\n"
     "Plouvenec\n"
     "Plouvenec. La passerelle du canal fermée trois mois pour travaux\n"
     "Faits divers\n"
     "Plouvenec. La passerelle du canal fermée trois mois pour travaux\n"
     "Des fissures ont été trouvées sur deux appuis lors d'une inspection. Une déviation ouvre lundi.\n"
     "Par la rédaction avec AFP\n"
     "Publié le 07/12/2026 à 10h12 Modifié le 07/12/2026 à 14h05\n"
     "La passerelle du canal, à Plouvenec, sera fermée dès lundi. | ARCHIVES LE RÉVEIL DU LÉON\n"
     "La passerelle du canal, qui relie les deux quartiers de Plouvenec, sera fermée aux piétons pendant au moins "
     "trois mois, a annoncé la mairie dimanche.\n"
     "Une inspection menée fin novembre a révélé des fissures sur deux des quatre appuis de l'ouvrage, construit en "
     "1968.\n"
     "« Nous ne prendrons aucun risque avec la sécurité des promeneurs », a déclaré le maire, Gwenaël Caradec, devant "
     "la presse.\n"
     "Un détour par le pont routier\n"
     "Les piétons devront passer par le pont routier, ce qui rallongera le trajet d'une dizaine de minutes selon la "
     "mairie.\n"
     "« C'est un coup dur pour les commerces du quai », regrette Soizic Le Bras, qui préside l'union des commerçants.\n"
     "Le maire a indiqué que la commune solliciterait le département. Les travaux sont estimés à 1,5 million d'euros.\n"
     "Lire aussi\n"
     "Une nouvelle piste cyclable sur le quai\n"
     "Mentions légales\n",
     "Faits divers", "Plouvenec. La passerelle du canal fermée trois mois pour travaux",
     "La passerelle du canal, qui relie les deux quartiers de Plouvenec, sera fermée aux piétons pendant au moins "
     "trois mois, a annoncé la mairie dimanche."},
    {"en",
     "The Dale Gazette\n"
     "News\n"
     "Region\n"
     "Sport\n"
     "Leisure\n"
     "We use cookies to improve your experience. Accept and close\n"
     "Continue without accepting\n"
     "Home\n"
     "Region\n"
     "Ashbury\n"
     "Ashbury. The canal footbridge shut for three months for repairs\n"
     "Local News\n"
     "Ashbury. The canal footbridge shut for three months for repairs\n"
     "Engineers found cracks in two of its supports during an inspection. A diversion opens on Monday.\n"
     "By the newsroom with PA\n"
     "Published 07/12/2026 at 10:12 Updated 07/12/2026 at 14:05\n"
     "The canal footbridge at Ashbury will close from Monday. | GAZETTE ARCHIVE\n"
     "The canal footbridge at Ashbury, which links the two halves of the town, will be shut to all traffic for at "
     "least three months, the council said on Sunday.\n"
     "An inspection late in November found cracks in two of the four supports of the bridge, which opened in 1968.\n"
     "\"We will not take any risk with the safety of walkers,\" the council leader, Amy Ford, told reporters.\n"
     "A diversion by the road bridge\n"
     "Walkers will have to use the road bridge, adding about ten minutes to the walk into town, the council said.\n"
     "\"It is a hard blow for the shops on the high street,\" said Jo Pike, who chairs the traders' group.\n"
     "The council leader said the town would ask the county for help. The repairs are put at 1.5 million pounds.\n"
     "Read more\n"
     "New cycle lane planned for the high street\n"
     "Privacy\n"
     "Contact\n",
     "Local News", "Ashbury. The canal footbridge shut for three months for repairs",
     "The canal footbridge at Ashbury, which links the two halves of the town, will be shut to all traffic for at "
     "least three months, the council said on Sunday."},
};

// The same wire story under its menu, `over_label` the line over its label in capitals.
std::string ledger_page(const std::string& over_label) {
    const std::string menu = "Menu\nSearch\nThe Riverside Ledger\nWorld\nU.S.\nPolitics\nSports\nEntertainment\n";
    return menu + over_label +
           "\nPOLITICS\n"
           "Senate panel advances bill to expand rural broadband grants\n"
           "By MARIA COLLINS and DEREK HAYES Associated Press\n"
           "Updated 10:12 AM EST, December 7, 2026\n"
           "Share\n"
           "A Senate committee voted 14-8 on Monday to advance a bill that would double federal grants for rural "
           "broadband, sending the measure to the full chamber.\n"
           "The bill, sponsored by Sen. Ellen Whitford and Sen. Robert Kane, would set aside $12 billion over five "
           "years.\n"
           "\"Every farm and every small town deserves the same connection a city apartment gets,\" Whitford said "
           "after the vote.\n"
           "Kane said the measure was long overdue and predicted it would pass before the spring recess.\n"
           "Opponents on the committee argued the program duplicates existing efforts.\n";
}

struct LabelRow {
    const char* name;
    std::string page;
    const char* kicker; // nullptr: none
};

const std::vector<LabelRow> label_rows = {
    {"en",
     ledger_page("Sign up for our newsletter"),
     "POLITICS"},
    {"de",
     "Menü\n"
     "Suche\n"
     "Der Rheinbote\n"
     "Welt\n"
     "Deutschland\n"
     "Politik\n"
     "Sport\n"
     "Kultur\n"
     "Jetzt den Newsletter abonnieren\n"
     "POLITIK\n"
     "Ausschuss billigt Förderprogramm für schnelles Internet auf dem Land\n"
     "Von MARIA KELLER und DIRK HAAS\n"
     "Aktualisiert am 07.12.2026, 10:12 Uhr\n"
     "Teilen\n"
     "Der Ausschuss für Digitales hat am Montag mit 14 zu 8 Stimmen ein Programm gebilligt, das die Mittel für "
     "schnelles Internet auf dem Land verdoppeln soll.\n"
     "Der Entwurf der Abgeordneten Elke Wittfeld und Robert Kanne sieht zwölf Milliarden Euro über fünf Jahre vor.\n"
     "„Jeder Hof und jedes Dorf verdient denselben Anschluss wie eine Stadtwohnung\", sagte Wittfeld nach der "
     "Abstimmung.\n"
     "Kanne nannte das Programm überfällig und erwartet eine Mehrheit im Plenum noch vor der Osterpause.\n"
     "Die Gegner im Ausschuss halten das Programm für doppelte Förderung.\n",
     "POLITIK"},
    {"fr",
     "Menu\n"
     "Rechercher\n"
     "Le Courrier du Val\n"
     "Monde\n"
     "France\n"
     "Politique\n"
     "Sports\n"
     "Culture\n"
     "Inscrivez-vous à notre newsletter\n"
     "POLITIQUE\n"
     "La commission adopte un plan pour le haut débit dans les campagnes\n"
     "Par MARIE COLIN et DENIS HAYE\n"
     "Mis à jour le 07/12/2026 à 10h12\n"
     "Partager\n"
     "La commission des affaires numériques a adopté lundi par 14 voix contre 8 un plan qui doublerait les aides au "
     "haut débit dans les campagnes.\n"
     "Le texte des députés Hélène Vitré et Robert Canet prévoit douze milliards d'euros sur cinq ans.\n"
     "« Chaque ferme et chaque village méritent la même connexion qu'un appartement en ville », a déclaré Hélène Vitré "
     "après le vote.\n"
     "Robert Canet a jugé le plan attendu depuis longtemps et prévoit son adoption avant la fin de la session.\n"
     "Les opposants estiment que le programme fait doublon avec les aides existantes.\n",
     "POLITIQUE"},
    {"it",
     "Menu\n"
     "Cerca\n"
     "Il Messaggero del Lago\n"
     "Mondo\n"
     "Italia\n"
     "Politica\n"
     "Sport\n"
     "Cultura\n"
     "Iscriviti alla nostra newsletter\n"
     "POLITICA\n"
     "La commissione approva il piano per la banda larga nelle campagne\n"
     "di MARIA COLLI e DARIO ASTI\n"
     "Aggiornato il 07/12/2026 alle 10:12\n"
     "Condividi\n"
     "La commissione Digitale ha approvato lunedì con 14 voti contro 8 un piano che raddoppierebbe i fondi per la "
     "banda larga nelle campagne.\n"
     "Il testo dei deputati Elena Vitali e Roberto Canni prevede dodici miliardi di euro in cinque anni.\n"
     "«Ogni cascina e ogni paese merita la stessa connessione di un appartamento in città», ha detto Vitali dopo il "
     "voto.\n"
     "Canni ha definito il piano atteso da tempo e prevede il via libera prima della pausa di primavera.\n"
     "Secondo gli oppositori il programma duplica fondi già esistenti.\n",
     "POLITICA"},
    // (near miss: a teaser's title over the label, no prompt, is a line of the menu's furniture: no kicker)
    {"en, a teaser over the label",
     ledger_page("Senators weigh the cost of the farm bill"),
     nullptr},
};

} // namespace

TEST_CASE("a line repeating the title, as printed or past a place and its stop, is the title's copy",
          "[headline][head100]") {
    for (const RepeatRow& row : repeat_rows) {
        INFO(row.line << " / " << row.title);
        CHECK(repeats_title(row.line, row.title) == row.repeats);
    }
}

TEST_CASE("the title printed again under its kicker, opened by its place, is no paragraph of the text",
          "[headline][kicker][head100]") {
    for (const TwiceRow& row : twice_rows) {
        INFO(row.name);
        const Article a = parse(row.page, "page.txt");
        REQUIRE(a.kicker);
        CHECK(*a.kicker == row.kicker);
        REQUIRE(a.headline);
        CHECK(*a.headline == row.headline);
        CHECK_FALSE(in_body(a, row.headline));
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] == row.first_paragraph);
    }
    SECTION("near miss: a paragraph opening with the title's words and going on stays in the text") {
        std::string page = twice_rows[1].page;
        const std::string copy = "Local News\nAshbury. The canal footbridge shut for three months for repairs\n";
        const std::string longer = "Local News\nAshbury. The canal footbridge shut for three months for repairs, "
                                   "the council said on Sunday after an inspection found cracks.\n";
        page.replace(page.find(copy), copy.size(), longer);
        const Article a = parse(page, "page.txt");
        CHECK(in_body(a, "Ashbury. The canal footbridge shut for three months for repairs, the council said on Sunday "
                         "after an inspection found cracks."));
    }
}

TEST_CASE("a label in capitals under a newsletter's prompt, right over the title, is its kicker",
          "[kicker][head100]") {
    for (const LabelRow& row : label_rows) {
        INFO(row.name);
        const Article a = parse(row.page, "page.txt");
        if (row.kicker) {
            REQUIRE(a.kicker);
            CHECK(*a.kicker == row.kicker);
        } else {
            CHECK_FALSE(a.kicker);
        }
    }
}
