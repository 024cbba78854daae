// head109: the opening of a page. A topic line right under the masthead is the kicker; a topic label in another
// language than the page's is no headline over the title; a masthead printed bare in the footer stays the site's
// name; a tabloid menu's last desk ("Money", "Geld") over the headline is no kicker; a one-line summary over an
// agency's name is no headline; a press release's dateline in capitals gives its day, and a contact label over its
// title is no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A page: its opening lines (masthead, menus, labels, headline), then a byline, a share line, four paragraphs of
// text in `lang` and a footer.
std::string page_with(const std::vector<std::string>& opening, const std::string& lang, bool byline = true) {
    std::vector<std::string> lines = opening;
    if (lang == "fr") {
        if (byline)
            lines.insert(lines.end(), {"Publié le 3 décembre 2026 à 18h12", "Par Claire Dufresne"});
        lines.insert(lines.end(),
                     {"Partager",
                      "Les syndicats du Val Vert ont annoncé mardi soir une nouvelle journée de mobilisation, la "
                      "quatrième depuis la rentrée. Les cortèges partiront jeudi matin de la place de la Mairie.",
                      "« Nous ne lâcherons rien tant que le texte ne sera pas retiré », a déclaré Michel Arnoux, "
                      "secrétaire départemental du syndicat.",
                      "Selon la préfecture, près de 4 000 personnes avaient défilé lors de la précédente journée. "
                      "Les transports scolaires seront perturbés dans la vallée.",
                      "La direction des transports régionaux prévoit un car sur deux sur les lignes du plateau.",
                      "Mentions légales", "© La Voix du Val Vert 2026"});
    } else if (lang == "de") {
        if (byline)
            lines.insert(lines.end(), {"05.12.2026, 14:30 Uhr", "Von Jonas Brettschneider"});
        lines.insert(lines.end(),
                     {"Teilen",
                      "Der Stadtrat hat am Donnerstagabend mit knapper Mehrheit neue Regeln für die Mieten im "
                      "Hafenviertel beschlossen. Künftig dürfen die Mieten dort nur noch langsam steigen.",
                      "„Wir können nicht länger zusehen, wie Familien verdrängt werden“, sagte Bürgermeisterin Petra "
                      "Vogelsang nach der Abstimmung.",
                      "Die Opposition kritisierte den Beschluss scharf. Investoren würden sich nun zurückziehen, "
                      "warnte der Fraktionschef der Liberalen.",
                      "Die neue Regel soll bereits ab dem Frühjahr gelten und zunächst für fünf Jahre befristet sein.",
                      "Datenschutz", "© Lindenthaler Anzeiger 2026"});
    } else if (lang == "it") {
        if (byline)
            lines.insert(lines.end(), {"di Marco Bellini", "05/12/2026 ore 08:15"});
        lines.insert(lines.end(),
                     {"Condividi",
                      "Le bollette della luce scenderanno in media del 7 per cento dalla primavera, ha annunciato "
                      "giovedì l'autorità per l'energia, spiegando il calo con i prezzi all'ingrosso.",
                      "«È una buona notizia per le famiglie, anche se i costi restano alti», ha detto Laura Ferri, di "
                      "un'associazione di consumatori.",
                      "Il taglio riguarderà i clienti del servizio di tutela e le offerte indicizzate del mercato.",
                      "Scatterà dal primo febbraio per tutte le famiglie.", "I più letti", "© Il Lampo 2026"});
    } else {
        if (byline)
            lines.insert(lines.end(), {"December 5, 2026", "By Ruth Calloway"});
        lines.insert(lines.end(),
                     {"Share",
                      "The county council on Thursday approved the final plan after more than a decade of debate "
                      "over the homes, the offices and the road that the city wants to build.",
                      "\"This is the day many residents thought would never come,\" said council leader Dev Anand "
                      "after the vote.",
                      "Construction is due to start next autumn and should end in 2030, according to the city. The "
                      "cost is put at 84 million pounds.",
                      "Campaigners said they would study the decision before deciding whether to challenge it.",
                      "Privacy policy", "© Harbour Post 2026"});
    }
    return test::page_of(lines);
}

// The page without its copyright line (the footer names the site by that line otherwise).
std::string without_copyright(const std::string& page) {
    std::string out;
    std::size_t from = 0;
    while (from < page.size()) {
        const std::size_t end = page.find('\n', from);
        const std::string line = page.substr(from, end - from);
        if (!line.starts_with("©"))
            out += line + "\n";
        from = end == std::string::npos ? page.size() : end + 1;
    }
    return out;
}

} // namespace

TEST_CASE("a topic line right under the masthead is the kicker, not boilerplate", "[head109]") {
    struct Row {
        std::string lang, masthead, topic, headline;
    };
    const std::vector<Row> rows = {
        {"fr", "La Voix du Val Vert", "Le dossier : la réforme des retraites",
         "Les syndicats appellent à une nouvelle journée de grève jeudi dans tout le département"},
        {"de", "Lindenthaler Anzeiger", "Das Thema: Wohnungsnot in der Innenstadt",
         "Stadtrat beschließt neue Regeln für die Mieten im Hafenviertel"},
        {"en", "The Millbrook Courier", "The big issue: the new homes",
         "Council approves final plan for the new homes after decade of delays"},
    };
    for (const auto& r : rows) {
        const Article a = parse(page_with({r.masthead, r.topic, r.headline}, r.lang), "page.txt");
        INFO(r.topic);
        CHECK(a.kicker == std::optional<std::string>(r.topic));
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(test::in_boilerplate(a, r.masthead));
    }
}

TEST_CASE("near miss: a short label under the masthead that names no topic stays out of the kicker", "[head109]") {
    // (No topic label before the colon: "Mise à jour : 18h12" is an update's note; a first line alone over the
    // headline is the masthead.)
    const Article a = parse(page_with({"La Voix du Val Vert", "Mise à jour : 18h12",
                                       "Les syndicats appellent à une nouvelle journée de grève jeudi dans tout le "
                                       "département"},
                                      "fr"),
                            "page.txt");
    CHECK(a.kicker != std::optional<std::string>("Mise à jour : 18h12"));
    CHECK(a.headline ==
          std::optional<std::string>("Les syndicats appellent à une nouvelle journée de grève jeudi dans tout le "
                                     "département"));
    const Article m = parse(page_with({"La Voix du Val Vert", "Les syndicats appellent à une nouvelle journée de "
                                                             "grève jeudi dans tout le département"},
                                      "fr"),
                            "page.txt");
    CHECK_FALSE(m.kicker.has_value());
    CHECK(test::in_boilerplate(m, "La Voix du Val Vert"));
}

TEST_CASE("a topic label in another language than the page's is no headline over the title", "[head109]") {
    // (No byline or date between the title and the text: the title has no standfirst of prose under it.)
    const std::vector<std::string> topics = {"El tema: la vivienda", "Das Thema: Wohnen", "Le dossier : le logement"};
    const std::string headline = "City approves plan to turn empty offices into affordable homes by 2030";
    for (const auto& topic : topics) {
        const Article a = parse(page_with({"Harbour Post", "Home", "News", topic, headline}, "en", false), "page.txt");
        INFO(topic);
        CHECK(a.headline == std::optional<std::string>(headline));
        CHECK(a.kicker == std::optional<std::string>(topic));
    }
}

TEST_CASE("near miss: a title with a colon and no title under it stays the headline", "[head109]") {
    for (bool byline : {true, false}) {
        const Article a = parse(page_with({"Harbour Post", "Home", "News", "The issue: why rents rise"}, "en", byline),
                                "page.txt");
        INFO(byline);
        CHECK(a.headline == std::optional<std::string>("The issue: why rents rise"));
    }
}

TEST_CASE("a masthead printed bare in the footer is the site's name, no headline or kicker", "[head109]") {
    // (Already working at the start of head109: the footer's line, alone or with its links, names the site.)
    struct Row {
        std::string lang, masthead, headline;
        std::vector<std::string> footer;
    };
    const std::vector<Row> rows = {
        {"en", "Harbour Post", "Council votes to close the old swimming baths after a structural survey",
         {"Harbour Post · About · Contact", "Privacy"}},
        {"en", "Harbour Post", "Council votes to close the old swimming baths after a structural survey",
         {"Harbour Post", "About · Contact · Privacy"}},
        {"de", "Rheinufer Bote", "Brückensanierung verzögert sich um ein weiteres Jahr",
         {"Rheinufer Bote", "Impressum · Kontakt · Datenschutz"}},
    };
    for (const auto& r : rows)
        for (bool skip_link : {false, true}) {
            std::vector<std::string> lines;
            if (skip_link)
                lines.push_back(r.lang == "de" ? "Zum Inhalt springen" : "Skip to content");
            lines.insert(lines.end(), {r.masthead, r.headline});
            std::string page = without_copyright(page_with(lines, r.lang));
            for (const auto& f : r.footer)
                page += f + "\n";
            const Article a = parse(page, "page.txt");
            INFO(r.footer.front() << " " << skip_link);
            CHECK(a.headline == std::optional<std::string>(r.headline));
            CHECK_FALSE(a.kicker.has_value());
        }
}

TEST_CASE("a tabloid menu's last item right over the headline is no kicker", "[head109]") {
    struct Row {
        std::string lang;
        std::vector<std::string> menu;
        std::string headline;
    };
    const std::vector<Row> rows = {
        {"en", {"The Daily Flash", "News", "Sport", "Showbiz", "Money"},
         "Energy bills to fall by 120 pounds a year from April, regulator says"},
        {"de", {"Blitz Zeitung", "News", "Sport", "Unterhaltung", "Geld"},
         "Strompreise sinken im Frühjahr um bis zu zehn Prozent"},
        {"fr", {"Le Flash Matin", "Actu", "Sport", "People", "Argent"},
         "Les prix de l'électricité vont baisser de 8 % au printemps"},
        {"it", {"Il Lampo", "Cronaca", "Sport", "Spettacoli", "Soldi"},
         "Bollette della luce in calo del 7 per cento dalla primavera"},
    };
    for (const auto& r : rows) {
        std::vector<std::string> lines = r.menu;
        lines.push_back(r.headline);
        const Article a = parse(page_with(lines, r.lang), "page.txt");
        INFO(r.menu.back());
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK_FALSE(a.kicker.has_value());
        CHECK(test::in_boilerplate(a, r.menu.back()));
    }
}

TEST_CASE("near miss: a topic closing a run of menu lines stays the kicker", "[head109]") {
    // (A topic, no standing desk of menu_section_names: glued to the menu, set apart by a blank line, in capitals or
    // longer than the menu's entries, it is the article's label. "Money" set apart by a blank line is one too.)
    const std::string headline = "Grain convoy reaches the port after a three-day delay at the checkpoint";
    struct Row {
        std::vector<std::string> opening;
        std::string kicker;
    };
    const std::vector<Row> rows = {
        {{"The Daily Flash", "News", "Sport", "Showbiz", "Ukraine"}, "Ukraine"},
        {{"The Daily Flash", "News", "Sport", "Showbiz", "Money", "", "Ukraine"}, "Ukraine"},
        {{"The Daily Flash", "News", "Sport", "Showbiz", "UKRAINE"}, "UKRAINE"},
        {{"The Daily Flash", "News", "Sport", "Showbiz", "War in Ukraine"}, "War in Ukraine"},
        {{"The Daily Flash", "News", "Sport", "Showbiz", "", "Money"}, "Money"},
    };
    for (const auto& r : rows) {
        std::vector<std::string> lines = r.opening;
        lines.push_back(headline);
        const Article a = parse(page_with(lines, "en"), "page.txt");
        INFO(r.kicker);
        CHECK(a.headline == std::optional<std::string>(headline));
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
    }
}

TEST_CASE("a one-line summary over an agency's name is no headline", "[head109]") {
    // (Already working at the start of head109.)
    struct Row {
        std::vector<std::string> lines;
        std::string headline;
    };
    const std::vector<Row> rows = {
        {{"Le Courrier de la Meuse", "Région", "La commune a annoncé la fermeture du pont à l'agence Belga", "Belga",
          "Le pont de Hermalle fermé à la circulation pour six mois", "Publié le 04/12/2026 à 11:20",
          "La commune a annoncé jeudi la fermeture du pont de Hermalle à toute circulation pendant six mois, le temps "
          "de remplacer les appuis rongés par la corrosion.",
          "« Nous n'avions pas le choix après les dernières inspections », a expliqué l'échevin des travaux.",
          "Une déviation sera mise en place par le pont de Visé, ce qui allongera les trajets.",
          "Les cyclistes et piétons pourront emprunter une passerelle provisoire dès janvier.", "Partager"},
         "Le pont de Hermalle fermé à la circulation pour six mois"},
        {{"The Wexford Echo", "The council told the PA news agency that the ferry service would end in March", "PA",
          "Ferry link to island to close after ninety years of service", "December 4, 2026",
          "The council has confirmed the ferry link to the island will close in March after ninety years, blaming "
          "rising fuel costs and falling passenger numbers.",
          "\"It is a sad day, but the numbers no longer add up,\" said council chairman Brendan Kehoe.",
          "Islanders have been offered a subsidised water taxi service during the summer months.",
          "A public meeting will be held on Monday.", "Share"},
         "Ferry link to island to close after ninety years of service"},
    };
    for (const auto& r : rows) {
        const Article a = parse(test::page_of(r.lines), "page.txt");
        INFO(r.headline);
        CHECK(a.headline == std::optional<std::string>(r.headline));
    }
}

TEST_CASE("a press release's dateline in capitals gives its day", "[head109]") {
    struct Row {
        std::string lang, title, opening, day, place;
    };
    const std::vector<Row> rows = {
        {"en", "Kestrel Labs unveils low-power sensor chip for farm monitoring",
         "HARFORD, December 5, 2026 – Kestrel Labs today announced the K7 sensor chip, a low-power device that lets "
         "farmers monitor soil moisture for up to five years on a single battery.",
         "2026-12-05", "HARFORD"},
        {"en", "Kestrel Labs unveils low-power sensor chip for farm monitoring",
         "HARFORD, Dec. 5, 2026 -- Kestrel Labs today announced the K7 sensor chip, a low-power device that lets "
         "farmers monitor soil moisture for up to five years on a single battery.",
         "2026-12-05", "HARFORD"},
        // (Already working: a place in small letters, the day after the comma.)
        {"de", "Talwerk AG eröffnet neues Werk für Wärmepumpen in Sachsen",
         "Berlin, 5. Dezember 2026 – Die Talwerk AG hat heute ein neues Werk für Wärmepumpen in Sachsen eröffnet. "
         "In der Anlage sollen künftig bis zu 80.000 Geräte im Jahr gefertigt werden.",
         "2026-12-05", "Berlin"},
        {"fr", "Alpiq Verte SA met en service sa première centrale solaire flottante",
         "Genève, le 5 décembre 2026 – Alpiq Verte SA a mis en service aujourd'hui sa première centrale solaire "
         "flottante sur le lac de Vallon, d'une puissance de 12 mégawatts.",
         "2026-12-05", "Genève"},
    };
    for (const auto& r : rows) {
        const Article a = parse(test::page_of({"Kestrel Labs", "Newsroom", r.title, r.opening,
                                               "\"Farmers told us batteries were the biggest cost,\" said Dana "
                                               "Whitfield, chief executive.",
                                               "The chip will be available to equipment makers from March 2027.",
                                               "Media contact", "press@kestrel.example"}),
                                "page.txt");
        INFO(r.opening);
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK(a.published == std::optional<std::string>(r.day));
        CHECK(a.dateline == std::optional<std::string>(r.place));
    }
}

TEST_CASE("near miss: a wire's dateline in capitals gives no day the text does not print", "[head109]") {
    const Article a = parse(test::page_of({"Harbour Post", "Port strike ends after union accepts new pay offer",
                                           "ROTTERDAM (Reuters) - Dock workers voted on Friday to accept a new pay "
                                           "offer, ending a strike that had halted the port for nine days.",
                                           "\"We got what we came for,\" union leader Pieter Smit told reporters.",
                                           "The port authority said ships would start moving within hours.",
                                           "© Harbour Post 2026"}),
                            "page.txt");
    CHECK(a.dateline == std::optional<std::string>("ROTTERDAM"));
    CHECK_FALSE(a.published.has_value());
}

TEST_CASE("a contact label over a press release's title is no kicker", "[head109]") {
    struct Row {
        std::string site, label, title, opening;
    };
    const std::vector<Row> rows = {
        {"Talwerk AG", "Kontakt", "Talwerk AG eröffnet neues Werk für Wärmepumpen in Sachsen",
         "Berlin, 5. Dezember 2026 – Die Talwerk AG hat heute ein neues Werk für Wärmepumpen in Sachsen eröffnet. In "
         "der Anlage sollen künftig bis zu 80.000 Geräte im Jahr gefertigt werden."},
        {"Vinhos Serra SA", "Contacto",
         "Vinhos Serra abre nova adega no Douro com capacidade para dois milhões de litros",
         "Porto, 5 de dezembro de 2026 – A Vinhos Serra inaugurou hoje uma nova adega no Douro, com capacidade para "
         "dois milhões de litros por ano."},
        {"Cantine Valdora SpA", "Contatti", "Cantine Valdora apre una nuova cantina nelle Langhe",
         "Alba, 5 dicembre 2026 – Cantine Valdora ha inaugurato oggi una nuova cantina nelle Langhe, con una capacità "
         "di due milioni di litri all'anno."},
    };
    for (const auto& r : rows) {
        // (The site's name and the label alone over the title: no menu of three entries.)
        const Article a = parse(test::page_of({r.site, r.label, r.title, r.opening,
                                               "Das Unternehmen investierte nach eigenen Angaben rund 150 Millionen "
                                               "Euro in den Standort und schafft 300 Arbeitsplätze.",
                                               "Die Produktion soll im Frühjahr beginnen.", "Pressekontakt",
                                               "presse@talwerk.example"}),
                                "page.txt");
        INFO(r.label);
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK_FALSE(a.kicker.has_value());
        CHECK(test::in_boilerplate(a, r.label));
    }
}

TEST_CASE("near miss: a headline opening with a contact word stays the headline", "[head109]") {
    const std::vector<std::string> titles = {"Kontaktverbot für den früheren Bankdirektor verlängert",
                                             "Contacto perdido con el satélite durante seis horas"};
    for (const auto& title : titles) {
        const Article a = parse(test::page_of({"Rheinufer Bote", title,
                                               "Das Landgericht hat das Kontaktverbot für den früheren Direktor der "
                                               "Kreissparkasse um ein weiteres Jahr verlängert.",
                                               "Der 61-Jährige darf sich den früheren Kollegen nicht nähern, sagte "
                                               "eine Sprecherin des Gerichts.",
                                               "Die Verteidigung kündigte an, Beschwerde einzulegen.",
                                               "© Rheinufer Bote 2026"}),
                                "page.txt");
        INFO(title);
        CHECK(a.headline == std::optional<std::string>(title));
    }
}

TEST_CASE("a masthead set apart over the headline and printed bare in the footer is no kicker", "[head109]") {
    struct Row {
        std::string lang, masthead, headline, footer;
    };
    const std::vector<Row> rows = {
        {"en", "Harbour Post", "Council votes to close the old swimming baths after a structural survey",
         "Harbour Post · About · Contact"},
        {"en", "The Harbour Post", "Council votes to close the old swimming baths after a structural survey",
         "The Harbour Post | About | Contact"},
        {"de", "Rheinufer Bote", "Brückensanierung verzögert sich um ein weiteres Jahr", "Rheinufer Bote"},
    };
    for (const auto& r : rows) {
        std::string page = "Menu\n\n" + r.masthead + "\n\n" + without_copyright(page_with({r.headline}, r.lang));
        page += "Related stories\nFerry fares to rise again in the spring\n" + r.footer + "\nImpressum · Kontakt\n";
        const Article a = parse(page, "page.txt");
        INFO(r.footer);
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK_FALSE(a.kicker.has_value());
        CHECK(test::in_boilerplate(a, r.masthead));
    }
}

TEST_CASE("near miss: a label over the headline that the footer does not print as a name stays the kicker",
          "[head109]") {
    // (The footer prints the label among its links, not first; or alone among titles of other articles, a list of
    // the most read, not by the footer's links.)
    struct Row {
        std::string label, footer;
    };
    const std::vector<Row> rows = {
        {"Local News", "About · Local News · Contact"},
        {"Local News", "Most read\nFerry Fares Rise Again\nLocal News\nNew School Opens in Northgate"},
    };
    const std::string headline = "Council votes to close the old swimming baths after a structural survey";
    for (const auto& r : rows) {
        std::string page = "Harbour Post\nMenu\n\n" + r.label + "\n\n" + without_copyright(page_with({headline}, "en"));
        page += "Related stories\nFerry fares to rise again in the spring\n" + r.footer + "\n";
        const Article a = parse(page, "page.txt");
        INFO(r.footer);
        CHECK(a.headline == std::optional<std::string>(headline));
        CHECK(a.kicker == std::optional<std::string>(r.label));
    }
}
