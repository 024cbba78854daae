// An e-mail's header block ("From:" / "Subject:" / "Date:" / "To:", de "Betreff", fr "Objet", it "Oggetto", es
// "Asunto") over a newsletter's article is no headline: the article's own title under it is; when the subject line is
// the mail's only title, its label is no part of the headline. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline_parts.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* header;  // the mail's header block
    const char* above;   // the newsletter's greeting
    const char* title;   // the article's own title ("" when the mail prints none)
    const char* article; // its standfirst, byline and text
    const char* headline;
};

} // namespace

TEST_CASE("a mail header's label opens the line", "[headline][head42]") {
    auto label = [](const char* line) {
        Block b;
        b.text = line;
        const std::string low = text::lower(line); // (the block's lower is a view: kept alive here)
        b.lower = low;
        return mail_header_label(b);
    };
    CHECK(label("Subject: Library hours extended") == 8);
    CHECK(label("Betreff: Neue Öffnungszeiten") == 8);
    CHECK(label("Objet : Nouveaux horaires") == 7);
    CHECK(label("Oggetto: Nuovi orari") == 8);
    CHECK(label("Asunto: Nuevo horario") == 7);
    // A title with a colon after a word that labels no header, a line in small letters, a colon with no space.
    CHECK(label("Warning: storms ahead") == 0);
    CHECK(label("subject: library hours") == 0);
    CHECK(label("To:reader") == 0);
}

TEST_CASE("an e-mail's header block is no headline", "[headline][head42]") {
    const std::vector<Row> rows = {
        {"en",
         "From: The Weekly Letter <letter@example.com>\n"
         "Subject: Harbour ferry fares frozen for another year, and the week's other news\n"
         "Date: Wed, 8 May 2024 07:00:00 +0100\nTo: reader@example.org\n",
         "View in browser\nGood morning. Here is this week's main story.\n",
         "Harbour ferry fares frozen for another year",
         "The council will keep the price of a crossing at two pounds until next spring, it said on Tuesday.\n"
         "By Ann Fielding\n"
         "The harbour ferry carried more passengers last year than in any year since it opened, and the council "
         "wants to keep it that way.\n"
         "The freeze will cost about £40,000, which the transport budget will cover, a spokesman said.\n"
         "Commuters had asked for cheaper season tickets during a consultation held in the winter.\n",
         "Harbour ferry fares frozen for another year"},
        {"de",
         "Von: Der Wochenbrief <brief@example.de>\nBetreff: Fährpreise bleiben stabil und weitere Nachrichten\n"
         "Datum: Mi, 8. Mai 2024 07:00\nAn: leser@example.org\n",
         "Im Browser ansehen\nGuten Morgen. Hier ist unsere wichtigste Geschichte der Woche.\n",
         "Hafenfähre kostet auch im nächsten Jahr nicht mehr",
         "Die Stadt hält den Preis für eine Überfahrt bis zum Frühjahr bei zwei Euro, teilte sie am Dienstag mit.\n"
         "Von Anna Feldmann\n"
         "Die Hafenfähre hat im vergangenen Jahr mehr Fahrgäste befördert als je zuvor seit ihrer Eröffnung.\n"
         "Der Preisstopp kostet rund 40.000 Euro, die aus dem Verkehrsetat kommen, sagte ein Sprecher der Stadt.\n"
         "Pendler hatten sich bei einer Befragung im Winter günstigere Monatskarten gewünscht.\n",
         "Hafenfähre kostet auch im nächsten Jahr nicht mehr"},
        {"fr",
         "De : La Lettre du mercredi <lettre@example.fr>\nObjet : Le prix du bac gelé pour un an\n"
         "Date : mer. 8 mai 2024 07:00\nÀ : lecteur@example.org\n",
         "", "",
         "La commune maintiendra le prix d'une traversée du bac à deux euros jusqu'au printemps prochain.\n"
         "Le bac a transporté l'an dernier plus de passagers que jamais depuis sa mise en service en 1998.\n"
         "Le gel coûtera environ 40 000 euros, pris sur le budget des transports, a indiqué un porte-parole.\n",
         "Le prix du bac gelé pour un an"},
        {"es",
         "De: La Carta Semanal <carta@example.es>\nAsunto: El precio del ferri, congelado un año más\n"
         "Fecha: mié, 8 may 2024 07:00\nPara: lector@example.org\n",
         "", "",
         "El ayuntamiento mantendrá el precio de la travesía en dos euros hasta la próxima primavera.\n"
         "El ferri transportó el año pasado más pasajeros que en ningún otro año desde su puesta en servicio.\n"
         "La congelación costará unos 40.000 euros, que saldrán del presupuesto de transporte, dijo un portavoz.\n",
         "El precio del ferri, congelado un año más"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        std::string page = std::string(r.header) + r.above;
        if (*r.title)
            page += std::string(r.title) + "\n";
        page += r.article;
        const Article a = classify(segment(page), r.lang);
        CHECK(a.headline.value_or("") == r.headline);
    }
}
