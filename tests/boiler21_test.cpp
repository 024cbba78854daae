// boiler21: lines that are not the article's kept in the body (a paywall's count of what is left to read), and
// bylines. Invented lines and pages, several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {
// The block of a line alone, as segment() makes it.
Block block_of(const std::string& line) {
    auto blocks = segment(line + "\n");
    REQUIRE(blocks.size() == 1);
    return blocks.front();
}
} // namespace

TEST_CASE("a paywall's count of what the reader has left to read is a paywall's cut", "[boiler21][paywall]") {
    const std::vector<std::pair<const char*, bool>> rows = { // a line, whether it is a cut
        {"Il vous reste 48 % de cet article à lire.", true},
        {"Sie haben 35 % des Artikels gelesen", true},
        {"You have 2 free articles left this month", true},
        {"Te queda el 65 % de este artículo", true},
        {"Ti resta da leggere il 55%", true},
        {"Você ainda tem 3 artigos gratuitos restantes", true},
        // The reader addressed, a figure and what is left: money, a law's article, days, not the article's text.
        {"Si l'assurance rembourse 70 %, il vous reste 30 % à payer.", false},
        {"You can read Article 50 of the treaty here.", false},
        {"Il vous reste 3 jours pour lire le rapport et répondre.", false},
        {"Sie haben noch 2 Wochen Zeit, um den Antrag zu stellen.", false},
        {"Turnout was 40 %, with 60 % of the ballots left to count.", false},
    };
    for (const auto& [line, cut] : rows) {
        INFO(line);
        CHECK(paywall_cut(block_of(line)) == cut);
    }
}

TEST_CASE("a paywall's count of what is left to read is boilerplate, not the body's last paragraph",
          "[boiler21][paywall]") {
    const test::PageRow rows[] = {
        {"fr", R"(La piscine municipale rouvre après deux ans de travaux

La piscine municipale a rouvert samedi matin après deux ans de travaux sur son bassin et ses vestiaires.

Les nageurs du club ont été les premiers à plonger, sous les applaudissements des parents venus nombreux.

Selon l'adjointe aux sports, le chantier a coûté six millions d'euros, dont un tiers payé par le département.

Il vous reste 57 % de cet article à lire.

Vous êtes abonné ? Connectez-vous
)",
         "Il vous reste 57 % de cet article à lire."},
        {"de", R"(Das Hallenbad öffnet nach zwei Jahren Umbau wieder

Das städtische Hallenbad hat am Samstagmorgen nach zwei Jahren Umbau an Becken und Umkleiden wieder geöffnet.

Die Schwimmer des Vereins sprangen als Erste ins Wasser, begleitet vom Beifall zahlreicher Eltern am Beckenrand.

Laut der Sportdezernentin kostete der Umbau sechs Millionen Euro, ein Drittel davon zahlte der Landkreis.

Sie haben 43 % des Artikels gelesen

Schon registriert? Hier anmelden
)",
         "Sie haben 43 % des Artikels gelesen"},
        {"es", R"(La piscina municipal reabre tras dos años de obras

La piscina municipal reabrió el sábado por la mañana tras dos años de obras en el vaso y en los vestuarios.

Los nadadores del club fueron los primeros en lanzarse al agua, entre los aplausos de los padres presentes.

Según la concejala de Deportes, la obra costó seis millones de euros, un tercio de ellos pagado por la diputación.

Te queda el 66 % de este artículo

¿Ya eres suscriptor? Inicia sesión
)",
         "Te queda el 66 % de este artículo"},
        {"en", R"(Town pool reopens after two years of building work

The town's swimming pool reopened on Saturday morning after two years of work on its main pool and changing rooms.

Swimmers from the local club were the first to dive in, cheered on by the many parents who had come to watch.

The councillor for sport said the work had cost six million pounds, a third of it paid for by the county.

You have 1 free article left this month

Already a subscriber? Sign in
)",
         "You have 1 free article left this month"},
    };
    // (Each row's `line` is the cut line whole: the boilerplate holds it once, no paragraph does.)
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const std::string cut = r.line;
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(paragraphs.size() == 3);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), cut) == 0);
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), cut) == 1);
    }
}

namespace {
// A page copied without blank lines: a headline, two paragraphs, the lines of `box`, two paragraphs, in `lang` (de,
// en, es, fr).
std::vector<std::string> ferry_page(const std::string& lang, const std::vector<std::string>& box) {
    std::vector<std::string> lines;
    if (lang == "de")
        lines = {"Die Fähre fährt ab Montag wieder nach Plan",
                 "Die Fähre zur Insel fährt ab Montag wieder nach dem regulären Fahrplan, teilte die Reederei am "
                 "Freitag mit.",
                 "Wegen eines Schadens am Ruder war das Schiff drei Wochen lang in der Werft gewesen.",
                 "Die Reederei rechnet mit Kosten von rund zwei Millionen Euro. Das Geld kommt zum größten Teil aus dem "
                 "Budget des Landes, der Rest von der Gemeinde.",
                 "Die Pendler hatten in der Zeit auf ein kleineres Ersatzschiff umsteigen müssen."};
    else if (lang == "en")
        lines = {"Ferry back on schedule from Monday",
                 "The ferry to the island will run to its usual timetable again from Monday, the operator said on "
                 "Friday.",
                 "A fault in the rudder had kept the ship in the yard for three weeks.",
                 "The operator puts the cost of the repair at about two million pounds, most of it paid by the county "
                 "and the rest by the town.",
                 "Commuters had to make do with a smaller replacement ship for the crossing in the meantime."};
    else if (lang == "es")
        lines = {"El ferri recupera su horario el lunes",
                 "El ferri a la isla recuperará el lunes su horario habitual, anunció el viernes la naviera.",
                 "Una avería en el timón había dejado el barco en el astillero durante tres semanas.",
                 "La naviera calcula en dos millones de euros el coste de la reparación del timón. La mayor parte la "
                 "pagará la comunidad autónoma, y el resto el ayuntamiento.",
                 "Los usuarios tuvieron que conformarse con un barco de sustitución más pequeño."};
    else
        lines = {"Le ferry reprend ses horaires lundi",
                 "Le ferry vers l'île reprendra lundi ses horaires habituels, a annoncé vendredi la compagnie maritime.",
                 "Une avarie au gouvernail avait immobilisé le navire au chantier pendant trois semaines.",
                 "La compagnie estime à deux millions d'euros le coût de la réparation du gouvernail. L'essentiel sera "
                 "payé par la région, le reste par la commune.",
                 "Les usagers avaient dû se rabattre sur un navire de remplacement plus petit."};
    lines.insert(lines.begin() + 3, box.begin(), box.end());
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string page;
    for (const auto& l : lines)
        page += l + "\n";
    return page;
}

bool in(const std::vector<std::string>& list, const std::string& line) {
    return std::find(list.begin(), list.end(), line) != list.end();
}

// A language and two lines of a page in it (a label and a title; a role and a name).
struct LinePair {
    const char* lang;
    const char* first;
    const char* second;
};
} // namespace

TEST_CASE("a related article's label and title between two paragraphs of a page without blank lines are boilerplate",
          "[boiler21][teaser]") {
    const std::vector<LinePair> rows = { // the label, the title
        {"de", "Zum Thema:", "Neue Fähre soll 2028 in Dienst gehen"},
        {"de", "Passend dazu", "Neue Fähre soll 2028 in Dienst gehen"},
        {"en", "See also", "New ferry due to enter service in 2028"},
        {"es", "Noticia relacionada", "Un nuevo ferri llegará en 2028"},
        {"fr", "Voir aussi", "Un nouveau ferry attendu pour 2028"},
    };
    for (const auto& r : rows) {
        const auto lines = ferry_page(r.lang, {r.first, r.second});
        INFO(joined(lines));
        const Article a = classify(segment(joined(lines)), r.lang);
        CHECK(test::paragraphs_of(a) == std::vector<std::string>{lines[1], lines[2], lines[5], lines[6]});
        CHECK(in(a.boilerplate, r.first));
        CHECK(in(a.boilerplate, r.second));
    }
}

TEST_CASE("'Zum Thema:' glued to a related article's title is boilerplate", "[boiler21][teaser]") {
    const auto lines = ferry_page("de", {"Zum Thema: Neue Fähre soll 2028 in Dienst gehen"});
    const Article a = classify(segment(joined(lines)), "de");
    CHECK(test::paragraphs_of(a) == std::vector<std::string>{lines[1], lines[2], lines[4], lines[5]});
    CHECK(in(a.boilerplate, lines[3]));
}

TEST_CASE("on a page without blank lines, the text goes on under a cross-head below a related article's title",
          "[boiler21][teaser]") {
    const std::vector<std::pair<const char*, std::vector<std::string>>> rows = {
        {"de", {"Zum Thema:", "Neue Fähre soll 2028 in Dienst gehen", "Gemeinde zahlt mit"}},
        {"fr", {"Voir aussi", "Un nouveau ferry attendu pour 2028", "La commune met la main au portefeuille"}},
    };
    for (const auto& [lang, box] : rows) {
        const auto lines = ferry_page(lang, box);
        INFO(joined(lines));
        const Article a = classify(segment(joined(lines)), lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK_FALSE(in(paragraphs, box[1]));
        CHECK(in(a.boilerplate, box[0]));
        CHECK(in(a.boilerplate, box[1]));
        CHECK(in(paragraphs, lines[6]));
    }
}

TEST_CASE("a bare name between the page's date line and the text's first paragraph is the author",
          "[boiler21][byline]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> authors;
    };
    const std::vector<Row> rows = {
        {"fr", R"(Le Journal du Lac

Neige jusqu'en plaine: la vallée en vigilance orange dès jeudi soir

Publié le 3 décembre 2026 à 18h12

Maëlle Fournier-Dubois

Vevey, 3 décembre (ats) - L'office de météorologie a relevé mercredi le niveau d'alerte pour toute la vallée. Une perturbation doit apporter d'importantes chutes de neige dès jeudi soir.

Les services de déneigement seront sur le pied de guerre dès jeudi après-midi, a indiqué la commune dans un communiqué.
)",
         {"Maëlle Fournier-Dubois"}},
        {"en", R"(The Valley Courier

Snow down to the valley floor as amber warning issued for Thursday night

Published 3 December 2026, 6:12pm

Harriet Calloway-Smith

KESWICK - The weather service raised the warning level for the whole valley on Wednesday. A band of rain turning to snow is expected to bring heavy falls from Thursday evening.

Gritters will be out from Thursday afternoon, the county council said in a statement on its website.
)",
         {"Harriet Calloway-Smith"}},
        {"de", R"(Der Talbote

Schnee bis ins Tal: Warnstufe Orange ab Donnerstagabend

Veröffentlicht am 3. Dezember 2026, 18:12 Uhr

Johanna Berger-Leitner

Bad Ischl (APA) - Der Wetterdienst hat am Mittwoch die Warnstufe für das ganze Tal angehoben. Eine Störung soll ab Donnerstagabend kräftige Schneefälle bringen, zeitweise bis in tiefe Lagen.

Der Winterdienst ist ab Donnerstagnachmittag im Einsatz, teilte die Gemeinde in einer Aussendung mit.
)",
         {"Johanna Berger-Leitner"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(classify(segment(r.page), r.lang).authors == r.authors);
    }
}

TEST_CASE("a bare name over an outside contributor's role line is the author", "[boiler21][byline]") {
    const std::vector<LinePair> rows = { // the role, the name
        {"fr", "Collaboration spéciale", "Marie-Ève Tremblay"},
        {"en", "Special to the Valley Courier", "Harriet Calloway"},
        {"de", "Gastautorin", "Johanna Berger"},
        {"es", "Colaboración especial", "Lucía Herrero"},
    };
    for (const auto& r : rows) {
        std::string page = "Opinions\n\nLe tramway mérite mieux qu'un référendum à la sauvette\n\nPoint de vue\n";
        page += std::string(r.second) + "\n" + r.first + "\n\n";
        page += "Le conseil municipal a annoncé lundi qu'il soumettrait le projet de tramway à un référendum dès le mois "
                "de février. Sur papier, l'idée paraît démocratique.\n\n"
                "Car le dossier est complexe. Le tracé proposé traverse trois quartiers et touche deux artères "
                "commerciales de la ville.\n";
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == std::vector<std::string>{r.second});
    }
    // A line under the name that opens otherwise ("Collaboration avec la ville", no role) signs nothing: the label
    // over the name makes the lines a menu's.
    std::string page = "Opinions\n\nLe tramway mérite mieux qu'un référendum à la sauvette\n\nPoint de vue\n"
                       "Marie-Ève Tremblay\nCollaboration avec la ville\n\n"
                       "Le conseil municipal a annoncé lundi qu'il soumettrait le projet de tramway à un référendum dès "
                       "le mois de février. Sur papier, l'idée paraît démocratique.\n\n"
                       "Car le dossier est complexe. Le tracé proposé traverse trois quartiers et touche deux artères "
                       "commerciales de la ville.\n";
    CHECK(classify(segment(page), "fr").authors.empty());
}
