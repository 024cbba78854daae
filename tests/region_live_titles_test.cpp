// A live blog's entry titles under their time stamps head their entries, though a box of key events over the entries
// lists them again (heads_shape()'s entry title) or a short sentence opens the entry under them (entry_lead()), and
// the first entry's stamp and title right over the region's text open it (entry_over_region()). Whole pages in several languages, their stamps and share buttons between entries.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a live blog's entry titles, listed again in a box of key events, head their entries",
          "[classify][heading][live]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* headline; // the headline still found over the entries, or nullptr: not asked
        std::vector<std::string> headings;
    };
    const std::vector<Row> rows = {
        {"en", R"(Ferry strike live: islanders face second day without boats as talks resume

Island and coast services cut by up to 80% • Union says "door is open" • Minister urges return to talks

Jane Roe and Sam Poe

Key events

1h ago

Talks resume at the harbour office

2h ago

Minister: offer is "fair and final"

Show key events only

11.48 GMT

Talks resume at the harbour office

Union leaders and ferry operators have arrived at the harbour office in Porthmoor for a new round of talks, our reporter says.

Speaking on his way in, the union's general secretary said he was hopeful but warned that the gap between the two sides was still wide.

Share

11.02 GMT

Staff at the island terminal say the morning was quieter than yesterday, with many people apparently staying at home.

Share

10.15 GMT

Minister: offer is "fair and final"

The transport minister has told the local radio station that the government's offer to the ferry crews is fair and final.

Asked whether she would meet the union herself, the minister said she would not cut across the talks at the harbour office.

Share

08.30 GMT

Morning summary

Good morning. Here is where things stand:

The island ferry is running about a fifth of its usual timetable, with no boats at all on the northern route.

The coast operator says it will run one boat every two hours between Porthmoor and the island until the talks end.

Share

Topics

Ferries
)",
         "Ferry strike live: islanders face second day without boats as talks resume",
         {"Talks resume at the harbour office", "Minister: offer is \"fair and final\"", "Morning summary"}},
        {"de", R"(Fährstreik im Liveticker: Inseln den zweiten Tag ohne Boote

Verbindungen zu den Inseln um bis zu 80 Prozent gekürzt • Gewerkschaft gesprächsbereit • Minister mahnt Einigung an

Das Wichtigste

vor 1 Std.

Gespräche im Hafenamt gehen weiter

vor 2 Std.

Minister nennt Angebot „fair und endgültig“

11:48 Uhr

Gespräche im Hafenamt gehen weiter

Die Gewerkschaft und die Reedereien sind im Hafenamt in Nordhafen zu einer neuen Gesprächsrunde eingetroffen, berichtet unser Reporter.

Der Gewerkschaftschef sagte auf dem Weg hinein, er sei zuversichtlich, doch die Kluft zwischen beiden Seiten sei noch groß.

Teilen

11:02 Uhr

Am Fähranleger auf der Insel war es am Morgen ruhiger als gestern, viele Menschen blieben offenbar zu Hause.

Teilen

10:15 Uhr

Minister nennt Angebot „fair und endgültig“

Der Verkehrsminister hat dem Lokalradio gesagt, das Angebot der Regierung an die Besatzungen der Fähren sei fair und endgültig.

Auf die Frage, ob sie die Gewerkschaft selbst treffen werde, sagte die Ministerin, sie wolle den Gesprächen nicht vorgreifen.

Teilen

08:30 Uhr

Der Morgen im Überblick

Guten Morgen. So ist die Lage:

Die Inselfähre fährt nur etwa ein Fünftel ihres üblichen Fahrplans, auf der Nordroute fahren gar keine Boote.

Die Küstenreederei will alle zwei Stunden ein Boot zwischen Nordhafen und der Insel fahren lassen, bis die Gespräche enden.

Teilen

Themen

Fähren
)",
         nullptr, // (the headline is another stage's: an entry's title outscores it there)
         {"Gespräche im Hafenamt gehen weiter", "Minister nennt Angebot „fair und endgültig“", "Der Morgen im Überblick"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        if (r.headline != nullptr)
            CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(test::headings_of(a) == r.headings);
    }
}
