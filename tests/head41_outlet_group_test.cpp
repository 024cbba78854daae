// A broadcaster's or a press group's name alone on its line under the outlet's byline and over the date line
// ("Article rédigé par franceinfo avec AFP" / "France Télévisions" / "Publié le ..."): the outlet's group, no author.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a group's name is told by its last noun", "[byline][head41]") {
    for (const char* line : {"France Télévisions", "Nordland Rundfunk", "Harbour Bay Media", "Grupo Norte Comunicación"}) {
        INFO(line);
        CHECK(outlet_group_line(segment(line).front()));
    }
    // a person's name, a name ending in a place's noun, one word, a sentence, a figure
    for (const char* line : {"Jeanne Morel", "Emma Hall", "Télévisions", "France Télévisions a dit non.",
                             "France Télévisions 2"}) {
        INFO(line);
        CHECK_FALSE(outlet_group_line(segment(line).front()));
    }
}

namespace {

struct Row {
    const char* lang;
    const char* head;   // headline and standfirst
    const char* byline; // the outlet's byline, the agency after it
    const char* group;  // the outlet's group
    const char* date;
    const char* body;
    const char* agency; // the source tag's agency
};

std::string page_of(const Row& r, const std::string& byline) {
    return std::string(r.head) + "\n" + byline + "\n" + r.group + "\n" + r.date + "\n\n" + r.body + "\n";
}

} // namespace

TEST_CASE("the outlet's group under its byline is no author", "[byline][head41][page]") {
    const std::vector<Row> rows = {
        {"fr",
         "Le port de Saint-Malo rouvre ses quais aux ferries après trois semaines de travaux\n"
         "Les navettes vers les îles reprennent dès lundi, a annoncé la mairie.",
         "Article rédigé par nordinfo avec AFP", "France Télévisions", "Publié le 04/12/2026 07:55",
         "Les ferries reprennent leurs rotations vers les îles dès lundi matin, après trois semaines de travaux sur les "
         "quais du port.\n\nLa mairie promet des horaires renforcés pendant les fêtes, selon un communiqué publié jeudi.",
         "afp"},
        {"de",
         "Der Hafen von Nordstadt öffnet die Kais wieder für die Fähren nach drei Wochen Bauzeit\n"
         "Die Schiffe zu den Inseln fahren ab Montag wieder, teilte die Stadt mit.",
         "Ein Artikel von nordinfo mit AFP", "Nordland Rundfunk", "Veröffentlicht am 04.12.2026, 07:55 Uhr",
         "Die Fähren fahren ab Montag wieder zu den Inseln, nach drei Wochen Arbeiten an den Kais des Hafens.\n\n"
         "Die Stadt verspricht dichtere Fahrpläne über die Feiertage, hieß es in einer Mitteilung vom Donnerstag.",
         "afp"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(page_of(r, r.byline)), r.lang);
        CHECK(a.authors.empty());
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->raw == r.byline);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
        // the outlet's byline without its agency: still no author
        const Article plain = classify(segment(page_of(r, "Nordinfo")), r.lang);
        CHECK(plain.authors.empty());
    }
}
