// Tests of where the article's region opens when a sidebar's list stands right over the article: the latest
// comments cut short by an ellipsis, the latest posts under their dates.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool opens_a_paragraph(const Article& a, const std::string& start) {
    const auto paragraphs = test::paragraphs_of(a);
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [&](const std::string& p) { return p.rfind(start, 0) == 0; });
}

// A page in a language, its headline, the start of its first paragraph and the start of a sidebar's line.
struct OpeningRow {
    const char* lang;
    const char* page;
    const char* headline;
    const char* first;
    const char* sidebar;
};

void check_opening_rows(const std::vector<OpeningRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(opens_a_paragraph(a, r.first));
        CHECK_FALSE(opens_a_paragraph(a, r.sidebar));
    }
}

} // namespace

TEST_CASE("a sidebar's latest comments cut short by an ellipsis over the article leave the region",
          "[region][opening]") {
    check_opening_rows({
        {"en", R"(Harbour Notes
Home
About
Contact
Latest comments
Tom Fisher: Thanks for the report on the ferries, I had no idea the east pier had been closed for the whole of the...
Jane Roe: The old lamp of the cape was the first thing my grandfather showed me when we came to the island in the...
Peter Miller: Great pictures! Does anybody know whether the summer timetable will add a crossing on Sundays or only on...
Anna Smith: We took the first ferry last week and the crossing was calmer than we feared, though the new berths still...
Ferries return to the east pier
March 3, 2015
By Harbour Notes
The ferries to the islands left the east pier again on Monday after a long winter of repairs at the north quay.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
The fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
The council will vote on the cost of the works in the spring, when the final bill of the builders is known.
)",
         "Ferries return to the east pier", "The ferries to the islands left", "Tom Fisher:"},
        {"de", R"(Hafennotizen
Startseite
Über uns
Kontakt
Neueste Kommentare
Tom Fischer: Danke für den Bericht über die Fähren, ich wusste gar nicht, dass der Ostkai den ganzen Winter lang...
Lena Brandt: Die alte Lampe am Kap war das Erste, was mir mein Großvater zeigte, als wir damals auf die Insel kamen und...
Peter Müller: Tolle Bilder! Weiß jemand, ob der Sommerfahrplan am Sonntag eine zusätzliche Fahrt bringt oder nur an...
Anna Schmidt: Wir haben letzte Woche die erste Fähre genommen und die Überfahrt war ruhiger als befürchtet, auch wenn...
Die Fähren fahren wieder vom Ostkai
3. März 2015
Von Hafennotizen
Nach einem langen Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln seit Montag wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden noch viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter gesperrt war und der Markt zweimal umzog.
Der Gemeinderat stimmt im Frühling über die Kosten ab, wenn die Schlussrechnung der Baufirmen vorliegt.
)",
         "Die Fähren fahren wieder vom Ostkai", "Nach einem langen Winter voller Reparaturen", "Tom Fischer:"},
        {"fr", R"(Notes du port
Accueil
À propos
Contact
Derniers commentaires
Marc Pêcheur : Merci pour ce reportage sur les bacs, je ne savais pas que le quai est était fermé depuis tout le...
Jeanne Roux : La vieille lampe du cap est la première chose que mon grand-père m'a montrée quand nous sommes arrivés sur...
Pierre Meunier : Très belles photos ! Quelqu'un sait-il si l'horaire d'été ajoutera une traversée le dimanche ou seulement...
Anne Martin : Nous avons pris le premier bac la semaine dernière et la traversée était plus calme que prévu, même si les...
Les bacs reviennent au quai est
3 mars 2015
Par Notes du port
Après un long hiver de travaux au quai nord, les bacs vers les îles sont repartis du quai est lundi matin.
Le capitaine du port a dit que les nouveaux postes d'amarrage étaient plus sûrs que les anciens et dureraient longtemps.
Les pêcheurs ont salué les travaux, bien que le quai ait été fermé presque tout l'hiver et que le marché ait déménagé deux fois.
Le conseil votera le coût des travaux au printemps, quand la facture finale des entreprises sera connue.
)",
         "Les bacs reviennent au quai est", "Après un long hiver de travaux", "Marc Pêcheur"},
    });
}

TEST_CASE("a comment's text closed by an ellipsis inside the article stays in it", "[region][opening]") {
    // Two lines cut short are no sidebar's list: the article's own sentences left hanging stay.
    Article a = classify(segment(R"(Harbour Notes
Ferries return to the east pier
March 3, 2015
The ferries to the islands left the east pier again on Monday after a long winter of repairs at the north quay...
The harbour master said the new berths were safer than the old ones and would last for many years to come, if...
The fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
The council will vote on the cost of the works in the spring, when the final bill of the builders is known.
)"),
                         "en");
    CHECK(opens_a_paragraph(a, "The ferries to the islands left"));
    CHECK(opens_a_paragraph(a, "The harbour master said"));
}

TEST_CASE("a blog's list of its latest posts under their dates in brackets leaves the region", "[region][opening]") {
    check_opening_rows({
        {"en", R"(Harbour Notes
Home
Archive
Latest posts
[ March 1, 2015 ] The night the storm closed the island bridge for good and the fleet stayed home News
[ February 26, 2015 ] Five things to know before you book a crossing to the northern islands this summer Travel
[ February 20, 2015 ] How the fish market moved to the west pier and why the traders are not happy about it News
[ February 14, 2015 ] Our favourite walks along the cliffs of the cape, from the lighthouse to the old quarry Walks
[ February 9, 2015 ] The sailing school takes on twenty new pupils and buys two more boats for the summer News
Ferries return to the east pier
March 3, 2015
After a long winter of repairs at the north quay, the ferries to the islands left the east pier again on Monday.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
The council will vote on the cost of the works in the spring, when the final bill of the builders is known.
)",
         "Ferries return to the east pier", "After a long winter of repairs", "[ March 1, 2015 ]"},
        {"de", R"(Hafennotizen
Startseite
Archiv
Letzte Artikel
[ 1. März 2015 ] In der Nacht, als der Sturm die Brücke zur Insel sperrte, blieb die ganze Flotte im Hafen und wartete Nachrichten
[ 26. Februar 2015 ] Fünf Dinge, die man wissen sollte, bevor man eine Überfahrt zu den Nordinseln für den Sommer bucht Reisen
[ 20. Februar 2015 ] Wie der Fischmarkt an den Westkai zog und warum die Händler mit dem neuen Platz nicht zufrieden sind Nachrichten
[ 14. Februar 2015 ] Unsere liebsten Wanderungen an den Klippen des Kaps, vom Leuchtturm bis zu dem alten Steinbruch Wandern
[ 9. Februar 2015 ] Die Segelschule nimmt in diesem Jahr zwanzig neue Schüler auf und kauft zwei Boote für den Sommer Nachrichten
Die Fähren fahren wieder vom Ostkai
3. März 2015
Nach einem langen Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln seit Montag wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden noch viele Jahre halten.
Der Gemeinderat stimmt im Frühling über die Kosten ab, wenn die Schlussrechnung der Baufirmen vorliegt.
)",
         "Die Fähren fahren wieder vom Ostkai", "Nach einem langen Winter voller Reparaturen", "[ 1. März 2015 ]"},
        {"fr", R"(Notes du port
Accueil
Archives
Derniers articles
[ 1 mars 2015 ] La nuit où la tempête a fermé le pont de l'île et où la flotte est restée au port Actualité
[ 26 février 2015 ] Cinq choses à savoir avant de réserver une traversée vers les îles du nord cet été Voyage
[ 20 février 2015 ] Comment le marché aux poissons a déménagé au quai ouest et pourquoi les marchands râlent Actualité
[ 14 février 2015 ] Nos promenades préférées le long des falaises du cap, du phare à la vieille carrière Balades
[ 9 février 2015 ] L'école de voile accueille vingt nouveaux élèves et achète deux bateaux pour l'été Actualité
Les bacs reviennent au quai est
3 mars 2015
Après un long hiver de travaux au quai nord, les bacs vers les îles sont repartis du quai est lundi matin.
Le capitaine du port a dit que les nouveaux postes d'amarrage étaient plus sûrs que les anciens et dureraient longtemps.
Le conseil votera le coût des travaux au printemps, quand la facture finale des entreprises sera connue.
)",
         "Les bacs reviennent au quai est", "Après un long hiver de travaux", "[ 1 mars 2015 ]"},
    });
}
