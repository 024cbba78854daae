// A live blog's entry of one short sentence under its own title, right over the next entry's stamp: the title heads
// the entry and the sentence is its one paragraph, not text glued to the entry before it. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct TitledEntryRow {
    const char* lang;
    const char* page;
    const char* title;    // the short entry's title
    const char* sentence; // its one sentence
};

// The paragraphs of the section headed `heading`; empty when no section has that heading.
std::vector<std::string> paragraphs_under(const Article& a, const std::string& heading) {
    for (const auto& s : a.sections)
        if (s.heading && *s.heading == heading)
            return s.paragraphs;
    return {};
}

} // namespace

TEST_CASE("a live entry of one short sentence under its title is that title's section", "[region][live][it79]") {
    const TitledEntryRow rows[] = {
        {"it", R"(Il Giornale del Lago
Menu
Cerca
Politica
Comunali a Varenna, la diretta: affluenza in calo rispetto a cinque anni fa
I seggi restano aperti fino alle 23. Lo spoglio comincia subito dopo la chiusura
Aggiornato alle 18:40 6 Dicembre 2026
LIVE
18:40
Affluenza al 38,5%
Alle 18 ha votato il 38,5% degli aventi diritto, contro il 41% delle scorse comunali. In calo soprattutto le frazioni.
17:15
Il sindaco uscente al seggio
Il sindaco uscente ha votato nella scuola di via Roma e si è fermato a salutare gli scrutatori prima di rientrare in municipio.
15:30
Code alla sezione 4
Una lunga coda si è formata davanti alla sezione 4 per un guasto alla stampante dei registri, riparato in mezz'ora dai tecnici.
12:00
Affluenza al 12% a mezzogiorno
Alle 12 ha votato il 12%.
07:00
Aperti i seggi
Alle 7 si sono aperti i quattordici seggi del comune. Si vota fino alle 23 di oggi senza interruzioni.
Carica altri aggiornamenti
Privacy
)",
         "Affluenza al 12% a mezzogiorno", "Alle 12 ha votato il 12%."},
        {"en", R"(The Valley Courier
Menu
Search
Politics
Council by-election in Ashford, live: turnout down on last year
Polls are open until 10pm. The count starts as soon as they close
Updated 6:40pm 6 December 2026
LIVE
18:40
Turnout at 38.5%
By six o'clock 38.5% of voters had cast their ballot, against 41% at the last election. The drop is sharpest in the villages.
17:15
Outgoing councillor casts his vote
The outgoing councillor voted at the school on Mill Road and stopped to greet the staff before heading back to the town hall.
15:30
Queue at the church hall
A long queue formed outside the church hall when the printer for the register broke down; technicians fixed it within half an hour.
12:00
Turnout at 12% by noon
By noon 12% had voted.
07:00
Polls open
The fourteen polling stations of the town opened at seven. Voting goes on until ten tonight without a break.
Load more updates
Privacy
)",
         "Turnout at 12% by noon", "By noon 12% had voted."},
    };
    for (const TitledEntryRow& r : rows) {
        const Article a = classify(segment(r.page), r.lang);
        INFO(r.lang);
        CHECK(paragraphs_under(a, r.title) == std::vector<std::string>{r.sentence});
        const std::vector<std::string> body = test::paragraphs_of(a);
        CHECK(std::count(body.begin(), body.end(), std::string(r.sentence)) == 1);
        CHECK(body.size() == 5);
    }
}
