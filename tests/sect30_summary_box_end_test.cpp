// "... dans les villes. / En bref / <three short sentences> / Le gouvernement a maintenant deux ans pour rédiger une
// loi.", "... gestiegen. / Auf einen Blick / <three short sentences> / Der Bundesrat hat nun zwei Jahre Zeit für ein
// Gesetz.": a box of key points under the article's last paragraph (summary_box_labels), its sentences and the short
// closing line under it are the article's text (take_closing_sentences() in region_joins.cpp), all of them, not the
// first two; the closing line rated short or text, ten words or fourteen. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {
// The French page's text down to its box's label, the same over the box's sentences and over a list of titles.
const char* const fr_text = R"(Info Lac
Le Conseil fédéral devra légiférer sur les loyers

Publié le 12.06.2026 à 17h30

Le Parlement a accepté mercredi une motion qui demande une loi sur les loyers abusifs dans les grandes villes.

La motion a été acceptée par 120 voix contre 70. La gauche et le centre ont voté pour, la droite contre.

Selon les auteurs du texte, les loyers ont augmenté de plus de vingt pour cent en dix ans dans les villes.

En bref
)";
} // namespace

TEST_CASE("a box of key points under the text keeps its lines and the closing line under it", "[region][sect30]") {
    struct Row {
        const char* language;
        std::string page;
        const char* last_item;
        const char* closing;
    };
    const Row rows[] = {
        {"fr", std::string(fr_text) + R"(Le Parlement demande une loi sur les loyers abusifs.
La motion a été acceptée par 120 voix contre 70.
Les loyers ont augmenté de vingt pour cent en dix ans.

Le gouvernement a maintenant deux ans pour rédiger une loi.

Partager sur Facebook
Partager sur X
Envoyer par e-mail
)", "Les loyers ont augmenté de vingt pour cent en dix ans.",
         "Le gouvernement a maintenant deux ans pour rédiger une loi."},
        {"fr", std::string(fr_text) + R"(Le Parlement demande une loi sur les loyers abusifs.
La motion a été acceptée par 120 voix contre 70.
Les loyers ont augmenté de vingt pour cent en dix ans.

Le Conseil fédéral a maintenant deux ans pour rédiger une loi sur les loyers.

Partager sur Facebook
)", "Les loyers ont augmenté de vingt pour cent en dix ans.",
         "Le Conseil fédéral a maintenant deux ans pour rédiger une loi sur les loyers."},
        {"de", R"(Seestadt
Der Bundesrat muss ein Mietgesetz ausarbeiten

Publiziert am 12.06.2026, 17:30 Uhr

Das Parlament hat am Mittwoch eine Motion überwiesen, die ein Gesetz gegen missbräuchliche Mieten in den Städten verlangt.

Die Motion wurde mit 120 zu 70 Stimmen angenommen. Die Linke und die Mitte stimmten dafür, die Rechte dagegen.

Laut den Urhebern des Vorstosses sind die Mieten in den Städten in zehn Jahren um über zwanzig Prozent gestiegen.

Auf einen Blick
Das Parlament verlangt nun ein neues Mietgesetz.
Die Motion kam mit klarer Mehrheit durch.
Die Mieten stiegen in zehn Jahren stark.

Der Bundesrat hat nun zwei Jahre Zeit für ein Gesetz.

Auf Facebook teilen
Auf X teilen
Per E-Mail senden
)", "Die Mieten stiegen in zehn Jahren stark.", "Der Bundesrat hat nun zwei Jahre Zeit für ein Gesetz."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.language);
        const std::vector<std::string> body = test::paragraphs_of(a);
        REQUIRE(body.size() == 7);
        CHECK(body[5] == r.last_item);
        CHECK(body[6] == r.closing);
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.closing)) == 0);
    }
}

TEST_CASE("titles under a box's label are no closing sentences", "[region][sect30]") {
    const Article a = classify(segment(std::string(fr_text) + R"(Loyers: la colère monte à Genève
Le Parlement vote une réforme de la justice
Un nouveau pont pour la ville de Sion

Partager sur Facebook
Partager sur X
Envoyer par e-mail
)"), "fr");
    const std::vector<std::string> body = test::paragraphs_of(a);
    CHECK(std::count(body.begin(), body.end(), std::string("Le Parlement vote une réforme de la justice")) == 0);
    CHECK(std::count(body.begin(), body.end(), std::string("Un nouveau pont pour la ville de Sion")) == 0);
}
