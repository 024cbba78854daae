// A picture's caption naming the day the picture was taken and closed by its credit in parentheses is a picture,
// whatever form its day takes ("le 3 février 2025" as "mardi"): no date line, no row of a post's facts. The page's own
// date lines stay date lines. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

std::string page_with(const std::string& head, const std::string& line, const std::string& text) {
    return head + "\n\n" + text.substr(0, text.find('\n')) + "\n\n" + line + "\n\n" + text.substr(text.find('\n') + 1);
}

} // namespace

TEST_CASE("a caption with a full date closed by its credit is a picture", "[classify][media][dates]") {
    struct Row {
        const char* head;
        const char* text;
        const char* line;
        const char* caption;
        const char* published;
    };
    const char* fr_head = "Le Quotidien\nPolitique\n\nLe Sénat adopte la loi sur l'eau potable\n\n"
                          "Le texte crée un tarif social. Il doit encore passer devant l'Assemblée.\n\n"
                          "Article rédigé par Jeanne Morel\nPublié le 04/02/2025 18:21";
    const char* fr_text =
        "Le Sénat a adopté mardi, par 240 voix contre 98, le projet de loi sur l'accès à l'eau potable dans les "
        "communes.\nL'opposition a voté contre, jugeant le tarif social insuffisant pour les ménages modestes.\n";
    const char* de_head = "Der Bund\nSchweiz\n\nNationalrat sagt Ja zum neuen Wassergesetz\n\n"
                          "Das Gesetz schafft einen Sozialtarif. Nun ist der Ständerat am Zug.\n\n"
                          "Von Anna Muster\nPubliziert: 04.02.2025, 18:21 Uhr";
    const char* de_text =
        "Der Nationalrat hat am Dienstag mit 140 zu 48 Stimmen das neue Gesetz über das Trinkwasser in den Gemeinden "
        "angenommen.\nDie Linke stimmte dagegen, weil ihr der Sozialtarif für Haushalte zu niedrig ist.\n";
    const std::vector<Row> rows = {
        {fr_head, fr_text, "Le Sénat, à Paris, le 3 février 2025. (JEAN ROE / AGENCE PHOTO / AFP)",
         "Le Sénat, à Paris, le 3 février 2025.", "2025-02-04T18:21"},
        {fr_head, fr_text, "Le Sénat, à Paris, mardi. (JEAN ROE / AGENCE PHOTO / AFP)", "Le Sénat, à Paris, mardi.",
         "2025-02-04T18:21"},
        {de_head, de_text, "Der Nationalrat in Bern, am 3. Februar 2025. (Keystone/Anna Muster)",
         "Der Nationalrat in Bern, am 3. Februar 2025.", "2025-02-04T18:21"},
        {de_head, de_text, "Das Bundeshaus, 3. Februar 2025. (ANNA MUSTER / KEYSTONE / DPA)",
         "Das Bundeshaus, 3. Februar 2025.", "2025-02-04T18:21"},
        {de_head, de_text, "Der Nationalrat, am 3. Februar 2025. (Anna Muster / Keystone)",
         "Der Nationalrat, am 3. Februar 2025.", "2025-02-04T18:21"},
    };
    for (const Row& r : rows) {
        const std::string page = page_with(r.head, r.line, r.text);
        INFO(page);
        const Article a = parse(page);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == r.caption);
        REQUIRE(a.published);
        CHECK(*a.published == r.published);
    }
}

TEST_CASE("a date line closed by an agency in parentheses stays a date line", "[classify][dates]") {
    // fr, de: the page's date line, a label or the date opening it, with the agency after it.
    const std::vector<std::pair<std::string, const char*>> rows = {
        {"La commune rénove la piscine de Rive\n\nPar Jeanne Morel\n\nPublié le 3 février 2025. (AFP)\n\n"
         "La commune a annoncé mardi la fermeture de la piscine pendant tout l'hiver, le temps de refaire le bassin "
         "et les vestiaires.\n\nLes nageurs pourront se rendre au centre sportif voisin, qui prolonge ses horaires.\n",
         "2025-02-03"},
        {"Die Stadt saniert das Hallenbad\n\nVon Anna Muster\n\n3. Februar 2025. (SDA)\n\n"
         "Die Stadt hat am Dienstag angekündigt, das Hallenbad während des ganzen Winters zu schliessen, um das "
         "Becken zu erneuern.\n\nSchwimmer können das Sportzentrum nebenan benutzen, das länger geöffnet hat.\n",
         "2025-02-03"},
    };
    for (const auto& [page, day] : rows) {
        INFO(page);
        const Article a = parse(page);
        REQUIRE(a.published);
        CHECK(a.published->substr(0, 10) == day);
    }
}
