// A byline signing the text at its end, a picture's line and the footer under it ("Text: Anna Muster, Vereinsarchiv"
// / "Bild: ... (Foto: ...)"): it opens no article, and the last heading over it is no headline. Every line is
// invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* top;      // the menu, the title and its subtitle
    const char* sections; // headings and their paragraphs
    const char* signature;
    const char* picture;
    const char* footer;
    const char* title;
    const char* last_heading;
};

} // namespace

TEST_CASE("a byline closing the text opens no article under the last heading", "[headline][head41]") {
    const std::vector<Row> rows = {
        {"de",
         "Ruderclub Seewinkel 1921 e.V.\nAktuelles\nTraining\nRegatten\nVerein\nKontakt\n"
         "Startseite > Verein > Geschichte\nUnsere Geschichte\nHundert Jahre Rudern am Seewinkel\n",
         "Die ersten Boote\n"
         "Im Frühjahr 1921 kauften zwölf Fischer zwei gebrauchte Ruderboote und gründeten am Ufer des Sees den "
         "Ruderclub. Trainiert wurde anfangs nur an den Sonntagen nach dem Gottesdienst.\n"
         "Das Bootshaus\n"
         "1934 baute der Verein mit eigenen Händen das erste Bootshaus aus Holz. Es stand fast vierzig Jahre lang und "
         "überlebte zwei schwere Hochwasser im Frühjahr.\n"
         "Nach dem Krieg\n"
         "1950 wurde der Club unter seinem heutigen Namen neu gegründet. Die erste Regatta nach dem Krieg fand zwei "
         "Jahre später statt, mit Booten, die die Mitglieder selbst geflickt hatten.\n"
         "1978: Das neue Bootshaus\n"
         "Mit dem neuen Bootshaus aus Stein erhielt der Club endlich Platz für zwanzig Boote. Zur Einweihung kamen "
         "über fünfhundert Gäste vom ganzen See.\n"
         "Der Club heute\n"
         "Heute rudern rund 300 Mitglieder in drei Gruppen auf dem See. Besonders stolz sind wir auf die "
         "Jugendgruppe, die jedes Jahr an der Landesregatta teilnimmt.\n",
         "Text: Berta Kogler, Vereinsarchiv",
         "Bild: Die ersten Ruderer vor dem alten Bootshaus, 1934 (Foto: Vereinsarchiv)",
         "Ruderclub Seewinkel 1921 e.V.\nSeeweg 7\n83999 Seewinkel\nImpressum | Datenschutz\n",
         "Hundert Jahre Rudern am Seewinkel", "Der Club heute"},
        {"en",
         "Millbrook Rowing Club\nNews\nTraining\nRegattas\nClub\nContact\n"
         "Home > Club > History\nOur history\nA hundred years of rowing on the Millbrook\n",
         "The first boats\n"
         "In the spring of 1921 twelve fishermen bought two old rowing boats and founded the club on the bank of the "
         "river. At first they trained only on Sundays after church.\n"
         "The boathouse\n"
         "In 1934 the members built the first wooden boathouse with their own hands. It stood for almost forty years "
         "and survived two great floods.\n"
         "After the war\n"
         "In 1950 the club was founded again under its present name. The first regatta after the war was held two "
         "years later, in boats the members had mended themselves.\n"
         "1978: The new boathouse\n"
         "The new stone boathouse at last gave the club room for twenty boats. More than five hundred guests from "
         "along the river came to its opening.\n"
         "The club today\n"
         "Today some 300 members row in three groups on the river. We are most proud of our juniors, who race at "
         "the county regatta every summer.\n",
         "Words: Bertha Coles, club archive",
         "Photo: The first rowers in front of the old boathouse, 1934 (Photo: club archive)",
         "Millbrook Rowing Club\nRiver Lane 7\nMillbrook MB1 2CD\nImprint | Privacy\n",
         "A hundred years of rowing on the Millbrook", "The club today"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const std::string page =
            std::string(r.top) + r.sections + r.signature + "\n" + r.picture + "\n" + r.footer;
        const Article a = classify(segment(page), r.lang);
        CHECK(a.headline.value_or("") != r.last_heading);
        CHECK(a.headline.value_or("") == r.title);
    }
}
