// An interview whose portrait's caption (a name and what the one asked is, no credit) stands between the date line
// and the first question: the caption heads no section, the questions head the answers. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a portrait's caption over an interview's first question heads no section", "[sections][interview][it79]") {
    const test::PageRow rows[] = {
        {"it", R"(Vai al contenuto
Menu
Cerca
Newsletter
Podcast
Video
Il Corriere delle Valli
Home
Attualità
Economia
Sport
Economia
Intervista a Giulia Ferri Monti, presidente degli artigiani di Sondrio
«Senza strade le botteghe della valle chiudono»
La presidente degli artigiani chiede alla Regione di finanziare le varianti della statale e il tunnel di Morbegno
Paolo Berni
6 dicembre 2026
Giulia Ferri Monti, presidente degli artigiani di Sondrio
D. Presidente, com'è andato l'anno per le botteghe della valle?
R. Peggio del previsto, ma con differenze. Il legno soffre ancora, il metallo e l'alimentare crescono. Le vendite all'estero hanno tenuto nonostante tutto.
D. Qual è l'urgenza?
R. Le strade, senza dubbio. Un furgone che parte da Tirano impiega più tempo a uscire dalla valle che ad arrivare a Milano. Così non si lavora.
D. Che cosa chiedete alla Regione?
R. Di non rinviare le varianti della statale e di finanziare il tunnel. Abbiamo consegnato un documento con tre richieste e attendiamo una risposta entro aprile.
D. E ai Comuni?
R. Meno carte e più rapidità sui permessi. Una bottega non può aspettare un anno per allargare il laboratorio.
Riproduzione riservata
Leggi anche
Sondrio, le vendite di mele crescono del 4%
Legno, ordini in calo per il secondo anno
Il Corriere delle Valli
Seguici su
Facebook
Instagram
Contatti
Privacy policy
Cookie policy
)",
         "Giulia Ferri Monti, presidente degli artigiani di Sondrio"},
        {"en", R"(Skip to content
Menu
Search
Newsletter
Podcasts
Video
The Dale Gazette
Home
News
Business
Sport
Business
Interview with Tom Hardy Lane, chair of the Dale craftsmen's guild
"Without roads the workshops of the dale will close"
The chair of the craftsmen asks the county to pay for the bypasses of the main road and the Holm tunnel
Ann Birch
6 December 2026
Tom Hardy Lane, chair of the Dale craftsmen's guild
Q. Chairman, how was the year for the workshops of the dale?
A. Worse than we feared, but uneven. Joinery still struggles, metalwork and food are growing. Sales abroad held up despite everything.
Q. What is most urgent?
A. The roads, without a doubt. A van leaving Upton takes longer to get out of the dale than to reach Leeds. You cannot work like that.
Q. What do you ask of the county?
A. Not to put off the bypasses and to pay for the tunnel. We handed in a paper with three requests and expect an answer by April.
Q. And of the parishes?
A. Less paperwork and faster permits. A workshop cannot wait a year to extend its shed.
All rights reserved
Read more
Upton, apple sales grow by 4%
Joinery, orders down for a second year
The Dale Gazette
Follow us
Facebook
Instagram
Contact
Privacy policy
Cookie policy
)",
         "Tom Hardy Lane, chair of the Dale craftsmen's guild"},
    };
    for (const test::PageRow& r : rows) {
        const Article a = classify(segment(r.page), r.lang);
        INFO(r.lang);
        const std::vector<std::string> headings = test::headings_of(a);
        CHECK(std::find(headings.begin(), headings.end(), std::string(r.line)) == headings.end());
        CHECK(
            std::none_of(a.sections.begin(), a.sections.end(), [](const Section& s) { return s.paragraphs.empty(); }));
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.line)) == 1);
        CHECK(a.sections.size() == 5);
    }
}
