// The head of an aggregator's reprint (portal90): the provider's name and its follow button over the headline ("The
// Harbour Post" / "Follow" / <headline>), the aggregator's byline label ("Story by", "Historia de", "Article de",
// "Storia di", "Geschichte von") with the post's age and reading time after it.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "credit_rows.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// An aggregator's page: its menu, the provider's name and its follow button, the headline, then `under` (the byline
// line), three paragraphs of text and the footer.
Article aggregator_page(const std::string& provider, const std::string& follow, const std::string& headline,
                        const std::string& under, const std::vector<std::string>& body) {
    std::string page =
        "MSN\nNews\nSport\nMoney\nWeather\n" + provider + "\n" + follow + "\n" + headline + "\n" + under + "\n";
    for (const std::string& line : body)
        page += line + "\n";
    page += "Feedback\nPrivacy\nTerms of use\n";
    return parse(page, "page.txt");
}

const std::vector<std::string> es_body = {
    "Los vecinos del barrio del puerto llevaron este sábado sus quejas al ayuntamiento por el ruido de las obras "
    "nocturnas en el muelle.",
    "La alcaldesa prometió revisar los horarios de los trabajos y reunirse con la asociación de vecinos antes de fin "
    "de mes.",
    "Las obras del nuevo muelle de cruceros empezaron en verano y deben terminar en la primavera del año que viene."};
const std::vector<std::string> en_body = {
    "Residents of the harbour district took their complaints about night-time building work to the town hall on "
    "Saturday morning.",
    "The mayor promised to review the hours of the works and to meet the residents' association before the end of "
    "the month.",
    "Work on the new cruise pier began in the summer and is due to finish in the spring of next year."};
const std::vector<std::string> fr_body = {
    "Les habitants du quartier du port ont porté samedi leurs plaintes à la mairie contre le bruit des travaux de "
    "nuit sur le quai.",
    "La maire a promis de revoir les horaires du chantier et de rencontrer l'association des riverains avant la fin "
    "du mois.",
    "Les travaux du nouveau quai des croisières ont commencé en été et doivent s'achever au printemps prochain."};
const std::vector<std::string> it_body = {
    "Gli abitanti del quartiere del porto hanno portato sabato in comune le loro proteste contro il rumore dei "
    "cantieri notturni sul molo.",
    "La sindaca ha promesso di rivedere gli orari dei lavori e di incontrare il comitato dei residenti entro la fine "
    "del mese.",
    "I lavori del nuovo molo per le navi da crociera sono iniziati in estate e devono finire la prossima primavera."};
const std::vector<std::string> de_body = {
    "Die Anwohner des Hafenviertels haben am Samstag ihre Beschwerden über den nächtlichen Baulärm am Kai ins "
    "Rathaus getragen.",
    "Die Bürgermeisterin versprach, die Arbeitszeiten der Baustelle zu prüfen und sich vor Monatsende mit dem "
    "Anwohnerverein zu treffen.",
    "Die Arbeiten an der neuen Anlegestelle für Kreuzfahrtschiffe begannen im Sommer und sollen im Frühjahr enden."};

// The rows of a byline under an aggregator's headline, one a language: the provider, its follow button, the
// headline, the byline line and the name it gives.
struct LabelRow {
    const char* provider;
    const char* follow;
    const char* headline;
    const char* byline;
    const std::vector<std::string>* body;
    const char* author;
};

const std::vector<LabelRow> label_rows = {
    {"Diario del Puerto", "Seguir", "Los vecinos del puerto protestan por el ruido de las obras",
     "Historia de Ana Ruiz • 3 h • 2 min de lectura", &es_body, "Ana Ruiz"},
    {"Harbour Post", "Follow", "Harbour residents protest against the noise of the night works",
     "Story by Jane Roe • 5h • 3 min read", &en_body, "Jane Roe"},
    {"Le Courrier du Port", "Suivre", "Les riverains du port protestent contre le bruit des travaux",
     "Article de Jeanne Morel • 2 h • 3 min de lecture", &fr_body, "Jeanne Morel"},
    {"Gazzetta del Porto", "Segui", "Gli abitanti del porto protestano contro il rumore dei cantieri",
     "Storia di Marco Bianchi • 4 h • 2 min di lettura", &it_body, "Marco Bianchi"},
    {"Hafenbote", "Folgen", "Anwohner des Hafens protestieren gegen den Lärm der Baustelle",
     "Geschichte von Anna Muster • 3 Std. • 2 Min. Lesezeit", &de_body, "Anna Muster"},
};

} // namespace

TEST_CASE("an aggregator's byline label opens a byline: the name is the author, the line no lede",
          "[classify][byline][portal90]") {
    for (const LabelRow& r : label_rows) {
        INFO(r.byline);
        const Article a = aggregator_page(r.provider, r.follow, r.headline, r.byline, *r.body);
        CHECK(a.headline == r.headline);
        CHECK_FALSE(a.lede);
        CHECK(a.authors == std::vector<std::string>{r.author});
        // The label alone with the name, no age nor reading time after it, is read the same.
        const std::string bare = std::string(r.byline).substr(0, std::string(r.byline).find(" \u2022"));
        INFO(bare);
        const Article b = aggregator_page(r.provider, r.follow, r.headline, bare, *r.body);
        CHECK(b.authors == std::vector<std::string>{r.author});
    }
}

TEST_CASE("an agency after an aggregator's byline label tags the text and is no author",
          "[classify][byline][portal90]") {
    struct Row {
        const char* headline;
        const char* byline;
        const std::vector<std::string>* body;
        const char* agency;
    };
    const std::vector<Row> rows = {
        {"Los vecinos del puerto protestan por el ruido de las obras", "Historia de EFE • 3 h • 2 min de lectura",
         &es_body, "efe"},
        {"Harbour residents protest against the noise of the night works", "Story by Reuters • 5h • 3 min read",
         &en_body, "reuters"},
        {"Les riverains du port protestent contre le bruit des travaux", "Article de AFP • 2 h • 3 min de lecture",
         &fr_body, "afp"},
        {"Gli abitanti del porto protestano contro il rumore dei cantieri", "Storia di ANSA • 4 h • 2 min di lettura",
         &it_body, "ansa"},
        {"Anwohner des Hafens protestieren gegen den Lärm der Baustelle",
         "Geschichte von AFP • 3 Std. • 2 Min. Lesezeit", &de_body, "afp"},
    };
    for (const Row& r : rows) {
        INFO(r.byline);
        const Article a = aggregator_page("Agency News", "Follow", r.headline, r.byline, *r.body);
        CHECK(a.headline == r.headline);
        CHECK_FALSE(a.lede);
        CHECK(a.authors.empty());
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}

TEST_CASE("the provider's follow button over an aggregator's headline is no kicker", "[classify][head][portal90]") {
    for (const LabelRow& r : label_rows) {
        INFO(r.follow);
        const Article a = aggregator_page(r.provider, r.follow, r.headline, r.byline, *r.body);
        CHECK(a.headline == r.headline);
        CHECK(a.kicker != std::optional<std::string>(r.follow));
        // (The button printed with its icon's plus sign is the same button.)
        const Article b = aggregator_page(r.provider, std::string("+ ") + r.follow, r.headline, r.byline, *r.body);
        CHECK(b.kicker != std::optional<std::string>(std::string("+ ") + r.follow));
        CHECK(b.headline == r.headline);
    }
}

TEST_CASE("a known agency or credit word in small letters after a dash closing a caption is its credit",
          "[credits][captions][portal90]") {
    archive::test::check_splits({
        {"Eine geschlossene Bäckerei am Marktplatz am Freitagmorgen. - keystone",
         "Eine geschlossene Bäckerei am Marktplatz am Freitagmorgen.", "keystone"},
        {"Der Bürgermeister vor dem neuen Rathaus in der Altstadt. - dpa",
         "Der Bürgermeister vor dem neuen Rathaus in der Altstadt.", "dpa"},
        {"Une boulangerie fermée sur la place du marché vendredi matin. - keystone",
         "Une boulangerie fermée sur la place du marché vendredi matin.", "keystone"},
        {"Le maire devant le nouvel hôtel de ville, vendredi. - afp",
         "Le maire devant le nouvel hôtel de ville, vendredi.", "afp"},
        {"Una panetteria chiusa in piazza del mercato venerdì mattina. - keystone",
         "Una panetteria chiusa in piazza del mercato venerdì mattina.", "keystone"},
        {"Il sindaco davanti al nuovo municipio nel centro storico. - ansa",
         "Il sindaco davanti al nuovo municipio nel centro storico.", "ansa"},
    });
    // A word in small letters that credits nothing closes no caption ("- weiter", "- suite"); nor does a name alone
    // after a dash, which signs a text.
    for (const char* line : {"Die Bäckerei am Marktplatz bleibt am Freitag geschlossen. - weiter",
                             "La boulangerie de la place reste fermée vendredi. - suite",
                             "The bakery on the square stays shut until Sunday. - Jane Roe"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
    }
}

TEST_CASE("a caption closed by a credit in small letters is the picture's, not the text's first paragraph",
          "[classify][media][portal90]") {
    const std::string page = "Startseite\nNews\nSchweiz\nAusland\nFrankreich\n"
                             "Streik legt die Busse in der Hafenstadt lahm\n"
                             "Keystone-SDA\n06.12.2026, 09:15\n"
                             "Ein leerer Busbahnhof am Hafen am Freitagmorgen. - keystone\n"
                             "In der Hafenstadt streiken die Angestellten der städtischen Busbetriebe seit "
                             "Freitagmorgen, die meisten Linien stehen still.\n"
                             "Die Gewerkschaften fordern mehr Lohn und kürzere Schichten, die Stadt verweist auf "
                             "ihr knappes Budget für das kommende Jahr.\n"
                             "Am Montag sollen die Gespräche zwischen beiden Seiten fortgesetzt werden, hiess es.\n"
                             "Impressum\nDatenschutz\n";
    const Article a = parse(page, "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("Ein leerer Busbahnhof am Hafen am Freitagmorgen."));
    CHECK(a.media[0].credit == std::optional<std::string>("keystone"));
    REQUIRE_FALSE(a.sections.empty());
    REQUIRE_FALSE(a.sections[0].paragraphs.empty());
    CHECK(a.sections[0].paragraphs[0].starts_with("In der Hafenstadt streiken"));
}
