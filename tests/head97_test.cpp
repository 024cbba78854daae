// head97: a kicker glued to a title that opens with a name or a noun ("Ukraine-KriegSelenski fordert ..."), a
// kicker under a cookie banner's button ("Cookies erlauben?" / "Alle akzeptieren" / "Fußball-Bundesliga" /
// <headline>), and a match's score printed as each side and its goals under the report's title ("Athletic 3 Rovers
// 1"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline.hpp"

#include <string>

using namespace archive;

namespace {

std::string glued_page(const std::string& line, const char* deck, const char* byline, const char* body) {
    return line + "\n\n" + deck + "\n\n" + byline + "\n\n" + body;
}

const char* const de_body = "Der Präsident hat am Mittwoch bei einem Treffen in Varnau die Verbündeten um weitere "
                            "Systeme gebeten. Die Angriffe hätten in den vergangenen Wochen zugenommen.\n\n"
                            "Mehrere Regierungen kündigten an, die Anfrage rasch zu prüfen, wie ein Sprecher in "
                            "Brelund am Abend mitteilte.\n";
const char* const en_body = "Water companies in the southern valleys imposed limits on garden hoses after river "
                            "levels fell to their lowest point in forty years.\n\nFarmers said the dry spell had "
                            "already cost them a third of their winter crop, a union spokesman in Ashvale said.\n";
const char* const fr_body = "Le président a demandé mercredi à ses alliés de livrer avant l'hiver de nouveaux "
                            "systèmes de défense pour protéger les villes de l'est.\n\nPlusieurs gouvernements ont "
                            "promis d'étudier la demande rapidement, selon un porte-parole à Varnau.\n";
const char* const it_body = "La Protezione civile ha diramato l'allerta rossa su tutta la costa fino alle 23 di "
                            "domani, con piogge molto intense.\n\nIl sindaco ha disposto la chiusura delle scuole "
                            "cittadine e dei parchi pubblici della zona di Valdorno.\n\n"
                            // (the page's tags, the one-word kicker alone among them: head98)
                            "Argomenti\n\nMaltempo\n\nValdorno\n";

} // namespace

TEST_CASE("a topic's kicker glued to a title opening with a name or a noun is cut off it",
          "[headline][kicker][glued][head97]") {
    struct Row {
        const char* lang;
        const char* line;
        const char* kicker;
        const char* headline;
        const char* deck;
        const char* byline;
        const char* body;
    };
    const Row rows[] = {
        {"de", "Varnau-KriegPetrenko fordert neue Flugabwehr für Brelund", "Varnau-Krieg",
         "Petrenko fordert neue Flugabwehr für Brelund", "Der Präsident bittet die Verbündeten um weitere Systeme.",
         "Von Anna Muster", de_body},
        {"en", "Climate crisisHeatwave grips southern towns as rivers run dry", "Climate crisis",
         "Heatwave grips southern towns as rivers run dry",
         "Officials ordered water limits after a month without rain.", "By Jane Roe", en_body},
        {"fr", "Guerre en VarnauPetrenko réclame des missiles avant l'hiver", "Guerre en Varnau",
         "Petrenko réclame des missiles avant l'hiver", "Le président demande aux alliés de nouveaux systèmes.",
         "Par Jeanne Morel", fr_body},
        {"it", "MaltempoAllerta rossa a Valdorno, chiuse tutte le scuole", "Maltempo",
         "Allerta rossa a Valdorno, chiuse tutte le scuole", "Piogge intense attese fino a domani sera.",
         "di Paolo Ferri", it_body},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.line);
        const Article a = parse(glued_page(r.line, r.deck, r.byline, r.body));
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

TEST_CASE("names with an inner capital stay whole in the headline", "[headline][kicker][glued][head97]") {
    // Guards: the piece before the capital holds fewer than five letters ("YouTube", "MacBook", "PlayStation",
    // "DeSantis", "LaLiga", "McDonald", "iPhone"), or the page prints the glued word again ("Fernholm", "ValdoTech"),
    // or the piece after it is no small-lettered word ("MineralölINFO").
    const char* const lines[] = {
        "PlayStation sales climb as new console reaches shops in Asia",
        "New YouTube rules will hit small channels hardest",
        "MacBook prices rise again in Varnau this winter",
        "DeSantis rally draws thousands in Brelund on Sunday",
        "LaLiga club fined after fans storm the pitch",
        "McDonald restaurant opens its doors in Ashvale",
        "Apple shows its new iPhone to reporters in Varnau",
        "Neue Regeln für WhatsApp-Gruppen in Schulen geplant",
    };
    for (const char* line : lines) {
        INFO(line);
        const Article a = parse(glued_page(line, "Officials ordered water limits after a month without rain.",
                                           "By Jane Roe", en_body));
        CHECK(a.headline.value_or("") == line);
        CHECK(!a.kicker.has_value());
    }
    struct Named {
        const char* line;
        const char* body;
    };
    const Named named[] = {
        {"ValdoTech erhält Zulassung für neues Asthmamittel in Europa",
         "Die Behörde hat ValdoTech am Dienstag grünes Licht gegeben. Der Hersteller rechnet mit ersten Lieferungen "
         "im Frühjahr.\n\nDie Aktie legte nach der Nachricht um zwei Prozent zu, wie Händler in Brelund sagten.\n"},
        {"SoldeaMarket ouvre trois nouveaux magasins dans la région",
         "L'enseigne SoldeaMarket a annoncé mardi l'ouverture de trois magasins avant l'été prochain.\n\nLa "
         "direction prévoit d'embaucher quarante personnes, selon un porte-parole à Varnau.\n"},
        {"MineralölINFO November 2026 zeigt sinkenden Absatz", de_body},
    };
    for (const Named& n : named) {
        INFO(n.line);
        const Article a = parse(glued_page(n.line, "Der Präsident bittet die Verbündeten um weitere Systeme.",
                                           "Von Anna Muster", n.body));
        CHECK(a.headline.value_or("") == n.line);
        CHECK(!a.kicker.has_value());
    }
}

namespace {

std::string banner_page(const char* menu, const char* banner, const char* button, const char* label,
                        const char* title, const char* rest) {
    return std::string(menu) + "\n" + banner + "\n" + button + "\n" + label + "\n" + title + "\n" + rest;
}

} // namespace

TEST_CASE("a label under a cookie banner's button is the kicker", "[headline][kicker][consent][head97]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* banner;
        const char* button;
        const char* label;
        const char* title;
        const char* rest;
    };
    const Row rows[] = {
        {"de", "Menü\nTalbote\nRegion\nSport\nLeben", "Cookies erlauben?", "Alle akzeptieren", "Fußball-Bundesliga",
         "Eintracht Talheim feiert Kantersieg gegen Bergstetten",
         "Die Talheimer gewannen am Sonntag vor 9.200 Zuschauern klar und bleiben Tabellenführer.\nVon Lukas "
         "Pichler\n7. Dezember 2026, 19:48\nEintracht Talheim ließ Bergstetten von Beginn an keine Chance. Bereits "
         "in der 8. Minute traf Jonas Weber nach einem Eckball per Kopf.\n„Wir haben heute fast alles richtig "
         "gemacht“, sagte Trainer Markus Roth nach dem Spiel vor den Journalisten.\nAm kommenden Wochenende gastiert "
         "die Eintracht in Oberau zum Spitzenspiel.\nImpressum"},
        {"en", "Menu\nSearch\nThe Westbury Gazette\nUK\nWorld\nCrime\nSport",
         "This website uses cookies. Read our cookie policy.", "Got it", "Crime",
         "Former council treasurer jailed for stealing £1.3m from town budget",
         "Tom Hale, 58, spent the money on racehorses and a villa, Ashvale Crown Court heard\nBy Jane Roe, Crime "
         "Correspondent\n7 December 2026 • 10:12am\nA former council treasurer who stole more than £1.3 million from "
         "a town's budget over nine years has been jailed for six years.\nThe court heard he moved money from the "
         "council's reserve account into a company he controlled.\n\"This was a sustained deception of the people "
         "he served,\" said prosecutor Helen Gatt.\nRead more"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.label);
        const Article a = parse(banner_page(r.menu, r.banner, r.button, r.label, r.title, r.rest));
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.kicker.value_or("") == r.label);
    }
}

TEST_CASE("a button under a line naming no cookies opens no kicker's block", "[headline][kicker][consent][head97]") {
    // Near miss: the same short line under a menu's entry or under a sentence about something else is the menu's last
    // entry, no banner's button.
    const std::string page = std::string("Menu\nSearch\nThe Westbury Gazette\nUK\nWorld\nSport\n") +
                             "Our reporters cover the whole county every day.\nGot it\nCrime\n" +
                             "Former council treasurer jailed for stealing £1.3m from town budget\n" +
                             "By Jane Roe\n7 December 2026\nA former council treasurer who stole more than £1.3 "
                             "million from a town's budget over nine years has been jailed for six years.\nThe court "
                             "heard he moved money from the council's reserve account into a company he "
                             "controlled.\nRead more";
    const Article a = parse(page);
    CHECK(a.headline.value_or("") == "Former council treasurer jailed for stealing £1.3m from town budget");
    CHECK(a.kicker.value_or("") != "Crime");
}

TEST_CASE("a score as each side and its goals names a match", "[headline][score][head97]") {
    for (const char* line : {"Athletic 3 Rovers 1", "Castrovalle 3 Atlético Soria 2", "Eintracht Talheim 4 FC Oberau 0",
                             "Stade Varnau 2 Olympique Brelund 2"}) {
        INFO(line);
        CHECK(goals_after_teams(line));
    }
    // Near misses: a title with a figure, a result with a dash (result_line() reads it), a date, a count of things.
    for (const char* line : {"Holloway scores 2 as Athletic win 3", "Athletic - Rovers 3-1", "Athletic 3 Rovers",
                             "Apollo 11", "Sunday 7 December 2026", "Stage 12 Tour 2026 preview 3",
                             "Athletic 3 Rovers 1 after late drama"}) {
        INFO(line);
        CHECK(!goals_after_teams(line));
    }
}

TEST_CASE("a score line under the report's title is no headline", "[headline][score][head97]") {
    struct Row {
        const char* lang;
        const char* title;
        const char* score;
        const char* byline;
        const char* body;
    };
    const Row rows[] = {
        {"en", "Holloway double sinks Rovers as Athletic go top", "Athletic 3 Rovers 1", "By Dominic Fairley",
         "Jamal Holloway scored twice as Athletic came from behind to beat Rovers and move top of the table.\nRovers "
         "led through Marek Sikora's header after 12 minutes, but Holloway levelled before half-time.\n\"The lads "
         "showed real character,\" said Athletic manager Steve Okafor after the match."},
        {"es", "El Castrovalle remonta y asalta el liderato ante el Atlético Soria", "Castrovalle 3 Atlético Soria 2",
         "Por Lucía Ferrer",
         "El Castrovalle remontó un 0-2 en la segunda parte y se colocó líder de la categoría por primera vez.\n\"El "
         "equipo nunca bajó los brazos\", dijo el entrenador Andrés Molina al final del partido.\nEl Atlético Soria "
         "había marcado dos goles en los primeros veinte minutos del encuentro."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.score);
        const std::string page = std::string("Menu\nFootball\nTennis\nResults\n") + r.title + "\n" + r.score + "\n" +
                                 r.byline + "\n7 December 2026\n" + r.body + "\nContact us";
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.title);
    }
}
