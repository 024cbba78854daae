// head98: an agency's name alone on its line under the title or its standfirst, over the page's time stamps (a label
// and a time with no day: "Publié à 10 h 12", "Posted at 9:05 a.m.") or over nothing, right over the text's paragraph
// opened by a dateline ("QUÉBEC — ...") is the wire's byline: the record's source tag, the standfirst the lede and
// the dateline read, no section's heading. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct AgencyRow {
    const char* name;
    std::string page;
    std::string agency_line;
    std::string agency; // its id
    std::string lede;
    std::string dateline;
};

const std::vector<AgencyRow> agency_rows = {
    {"fr, time stamps",
     "Passer au contenu principal\nActualités\nRégions\nSe connecter\nEnvironnement\n"
     "Trois-Pistoles ferme sa plage municipale pour l'été\n"
     "La municipalité invoque la présence d'algues bleu-vert dans la baie.\n"
     "La Presse canadienne\nPublié à 9 h 05\nMis à jour à 10 h 31\n"
     "TROIS-PISTOLES — La Ville de Trois-Pistoles a fermé lundi sa plage municipale après la découverte d'algues "
     "bleu-vert, a indiqué la mairesse Hélène Dufresne.\n"
     "Les analyses du ministère seront connues à la fin de la semaine.\n"
     "Les baigneurs sont invités à se rendre à la plage voisine de Saint-Simon.\n"
     "À lire aussi\nCanicule : Montréal ouvre ses piscines plus tard\n",
     "La Presse canadienne", "cp", "La municipalité invoque la présence d'algues bleu-vert dans la baie.",
     "TROIS-PISTOLES"},
    {"en, time stamps",
     "Skip to content\nNews\nCanada\nSign in\nEnvironment\n"
     "Kelbrook closes its town beach for the summer\n"
     "Officials blame blue-green algae found along the bay.\n"
     "The Canadian Press\nPosted at 9:05 a.m.\nUpdated at 10:31 a.m.\n"
     "KELBROOK, Ont. — The town of Kelbrook closed its public beach on Monday after blue-green algae was found in "
     "the bay, Mayor Helen Dorsey said.\n"
     "Test results from the province are expected by the end of the week.\n"
     "Swimmers are asked to use the beach at nearby Marlow Point instead.\n"
     "Read more\nHeat wave: Toronto opens pools later\n",
     "The Canadian Press", "cp", "Officials blame blue-green algae found along the bay.", "KELBROOK"},
    {"fr, no date line",
     "Accueil\nRégions\nEnvironnement\n"
     "Trois-Pistoles ferme sa plage municipale pour l'été\n"
     "La municipalité invoque la présence d'algues bleu-vert dans la baie.\n"
     "Agence France-Presse\n"
     "TROIS-PISTOLES — La Ville de Trois-Pistoles a fermé lundi sa plage municipale après la découverte d'algues "
     "bleu-vert, a indiqué la mairesse Hélène Dufresne.\n"
     "Les analyses du ministère seront connues à la fin de la semaine.\n"
     "Les baigneurs sont invités à se rendre à la plage voisine de Saint-Simon.\n",
     "Agence France-Presse", "afp", "La municipalité invoque la présence d'algues bleu-vert dans la baie.",
     "TROIS-PISTOLES"},
    {"de, no date line",
     "Startseite\nPanorama\nUmwelt\n"
     "Badesee in Mühlbrunn wegen Blaualgen gesperrt\n"
     "Die Gemeinde rät vom Baden bis auf Weiteres ab.\n"
     "Deutsche Presse-Agentur\n"
     "MÜHLBRUNN — Die Gemeinde Mühlbrunn hat am Montag den Badesee gesperrt, nachdem Blaualgen entdeckt wurden, "
     "sagte Bürgermeisterin Helga Dorn.\n"
     "Die Ergebnisse des Landesamts sollen Ende der Woche vorliegen.\n"
     "Badegäste sollen auf den Weiher im Nachbarort ausweichen.\n",
     "Deutsche Presse-Agentur", "dpa", "Die Gemeinde rät vom Baden bis auf Weiteres ab.", "MÜHLBRUNN"},
};

} // namespace

TEST_CASE("an agency's name over time stamps or over the text's dateline is the wire's byline",
          "[agency][source_tag][head98]") {
    for (const AgencyRow& row : agency_rows) {
        INFO(row.name);
        const Article a = parse(row.page, "page.txt");
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == row.agency_line);
        CHECK(a.source_tag->agencies == std::vector<std::string>{row.agency});
        REQUIRE(a.lede);
        CHECK(*a.lede == row.lede);
        REQUIRE(a.dateline);
        CHECK(*a.dateline == row.dateline);
        CHECK(a.media.empty());
        CHECK(a.authors.empty());
        for (const Section& s : a.sections)
            CHECK(s.heading != row.agency_line);
    }
}

TEST_CASE("an agency's name over a dateline naming another agency, or under a caption, is no byline of its own",
          "[agency][source_tag][head98]") {
    SECTION("the dateline names another agency: its tag is the source tag") {
        const std::string page = "Accueil\nRégions\nEnvironnement\n"
                                 "Trois-Pistoles ferme sa plage municipale pour l'été\n"
                                 "La municipalité invoque la présence d'algues bleu-vert dans la baie.\n"
                                 "Agence France-Presse\n"
                                 "TROIS-PISTOLES (Reuters) - La Ville de Trois-Pistoles a fermé lundi sa plage "
                                 "municipale après la découverte d'algues bleu-vert, a indiqué la mairesse.\n"
                                 "Les analyses du ministère seront connues à la fin de la semaine.\n"
                                 "Les baigneurs sont invités à se rendre à la plage voisine de Saint-Simon.\n";
        const Article a = parse(page, "page.txt");
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{"reuters"});
    }
    SECTION("under the byline's lines and a picture's caption, the agency's name credits the picture") {
        const std::string page = "Home\nNews\nEnvironment\n"
                                 "Kelbrook closes its town beach for the summer\n"
                                 "By Helen Marsh\n"
                                 "December 7, 2026\n"
                                 "Swimmers leave the water at Kelbrook on Sunday.\n"
                                 "AFP\n"
                                 "KELBROOK — The town of Kelbrook closed its public beach on Monday after "
                                 "blue-green algae was found in the bay, Mayor Helen Dorsey said.\n"
                                 "Test results from the province are expected by the end of the week.\n"
                                 "Swimmers are asked to use the beach at nearby Marlow Point instead.\n";
        const Article a = parse(page, "page.txt");
        CHECK_FALSE((a.source_tag && a.source_tag->raw == "AFP"));
    }
}

namespace {

std::string print_view(const char* label_over, const char* label, const char* title, const char* byline,
                       const char* body) {
    return std::string("Druckansicht\nTalbote Neustadt\n") + label_over + "\n" + label + "\n" + title + "\n" + byline +
           "\n" + body;
}

const char* const de_print_body = "Die Stadt Neustadt will eine neue Buslinie einrichten. Der Gemeinderat stimmte am "
                                  "Montag einem ersten Konzept zu.\nDie Linie soll rund acht Kilometer lang werden "
                                  "und den Eichberg mit dem Bahnhof verbinden.\nKritik kam von den Anwohnern am "
                                  "Eichberg, die mehr Verkehr befürchten.\n© Talbote Neustadt 2026\n";
const char* const en_print_body = "The city of Ashvale plans a new bus line to the hospital. The council approved a "
                                  "first study on Monday.\nThe route would run for about five miles and link the "
                                  "hospital with the train station.\nResidents along the route fear more traffic, "
                                  "a spokeswoman for their group said.\n© Ashvale Courier 2026\n";

} // namespace

TEST_CASE("a print view's address alone on its line ends the furniture over the label right over the title",
          "[headline][kicker][head98]") {
    struct PrintRow {
        const char* lang;
        const char* address;
        const char* label;
        const char* title;
        const char* byline;
        const char* body;
    };
    const PrintRow rows[] = {
        {"de", "https://www.talbote.example/region/neustadt-buslinie-7", "Region Neustadt",
         "Neue Buslinie: Neustadt plant Verbindung zum Eichberg", "Von Jana Roth", de_print_body},
        {"en", "https://www.courier.example/local/ashvale-bus-line", "Local News",
         "Ashvale plans a bus line to the hospital", "By Helen Marsh", en_print_body},
    };
    for (const PrintRow& r : rows) {
        INFO(r.lang);
        const Article a = parse(print_view(r.address, r.label, r.title, r.byline, r.body), "page.txt");
        CHECK(a.kicker.value_or("") == r.label);
        CHECK(a.headline.value_or("") == r.title);
    }
    SECTION("near miss: a line holding a link and words is no address alone") {
        const Article a = parse(print_view("Mehr unter https://www.talbote.example/region", "Region Neustadt",
                                           "Neue Buslinie: Neustadt plant Verbindung zum Eichberg",
                                           "Von Jana Roth", de_print_body),
                                "page.txt");
        CHECK_FALSE((a.kicker && *a.kicker == "Region Neustadt"));
    }
}

TEST_CASE("a one-word piece glued before a title's capital is its kicker only when the page prints it alone",
          "[headline][kicker][glued][head98]") {
    struct GluedRow {
        const char* lang;
        const char* line;
        const char* tags; // lines under the text
        const char* kicker;
        const char* headline;
    };
    const GluedRow rows[] = {
        // A brand printed nowhere else, its first piece a word alone: the title stays whole.
        {"de", "OstraVenta erhält Zulassung für neues Asthmamittel in Europa", "Themen\nGesundheit", "",
         "OstraVenta erhält Zulassung für neues Asthmamittel in Europa"},
        {"en", "SilverStream launches new ferry service across northern routes", "Topics\nTravel", "",
         "SilverStream launches new ferry service across northern routes"},
        // The topic printed alone among the page's tags: cut off.
        {"de", "HochwasserPegel steigen in drei Landkreisen weiter an", "Themen\nHochwasser\nUnwetter", "Hochwasser",
         "Pegel steigen in drei Landkreisen weiter an"},
        {"en", "FloodingRivers rise again across three northern counties", "Topics\nFlooding\nWeather", "Flooding",
         "Rivers rise again across three northern counties"},
    };
    for (const GluedRow& r : rows) {
        INFO(r.lang << " " << r.line);
        const std::string page = std::string(r.line) + "\n\nOfficials in three valleys issued new warnings on Tuesday.\n\n" +
                                 "By Jane Roe\n\nThe water authority said levels would keep changing over the next "
                                 "days as rain moves north across the valleys.\n\nResidents were asked to follow the "
                                 "advice of the local council, a spokeswoman in Ashvale said.\n\n" +
                                 r.tags + "\n";
        const Article a = parse(page, "page.txt");
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
    }
}
