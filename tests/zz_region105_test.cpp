// A photo gallery set amid the text (invented pages): its label ("Galleria fotografica", "Bildergalerie", "Photo
// gallery", "Galerie photos"), the gallery's title, its slides (a counter "1 di 8" over each caption) and its button,
// seven lines or more between two paragraphs. The cross-head under the gallery went to the boilerplate and its
// paragraphs joined the section over the gallery: after_aside() looked four lines up at most. A gallery opened by its
// label right under a paragraph now stands aside as one, and the cross-head under it heads the next section. A short
// sentence under the gallery (closed by its stop) heads nothing.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

struct Region105Gallery {
    const char* lang;
    std::vector<std::string> head;    // the site, the headline, the byline, the date and two paragraphs
    std::vector<std::string> gallery; // label, title, slides, button
    std::string cross_head;
    std::vector<std::string> tail; // the next section's paragraphs
};

const std::vector<Region105Gallery>& region105_galleries() {
    static const std::vector<Region105Gallery> pages = {
        {"it",
         {"Gazzetta di Borgomarino", "Borgomarino, cede il ponte sul torrente Lerca: strada chiusa",
          "di Marta Venturelli", "05 dicembre 2026",
          "BORGOMARINO. È ceduta nella notte una campata del ponte sul torrente Lerca, lungo la strada che porta alla "
          "frazione di Pieve Alta. Nessun veicolo stava passando in quel momento.",
          "I tecnici della Provincia hanno chiuso la strada in entrambe le direzioni e predisposto una deviazione "
          "lungo la vecchia mulattiera, percorribile solo dai mezzi leggeri."},
         {"Galleria fotografica", "Borgomarino, il ponte crollato sul Lerca", "1 di 8",
          "La campata caduta nel letto del torrente", "2 di 8", "I tecnici della Provincia sul posto",
          "Guarda tutte le foto"},
         "Le proteste dei pendolari",
         {"Alla fermata della corriera, già dalle sette, decine di pendolari hanno chiesto come raggiungere il "
          "capoluogo. «Ci vorrà un'ora in più ogni giorno», lamenta Carla Bottini, infermiera.",
          "Il sindaco ha promesso un servizio di navetta a partire da lunedì prossimo per tutti i residenti."}},
        {"de",
         {"Tagblatt Wendlingen", "Wendlingen: Brücke über die Lauter muss gesperrt werden", "Von Jonas Pfeiffer",
          "05.12.2026",
          "Die Brücke über die Lauter im Ortsteil Oberried ist seit Freitagmorgen gesperrt. Bei einer Prüfung hatten "
          "Gutachter tiefe Risse in zwei Pfeilern entdeckt, wie die Stadtverwaltung mitteilte.",
          "Der Verkehr wird über die Kreisstraße umgeleitet, was für Pendler einen Umweg von rund acht Kilometern "
          "bedeutet. Busse der Linie 14 fahren Oberried vorerst nicht mehr an."},
         {"Bildergalerie", "Die gesperrte Brücke in Oberried", "1 von 8", "Die Risse im nördlichen Pfeiler",
          "2 von 8", "Absperrgitter an der Zufahrt", "Alle Bilder ansehen"},
         "Ärger bei den Anwohnern",
         {"In Oberried stößt die Sperrung auf Unmut. „Wir haben seit Jahren auf den Zustand der Brücke hingewiesen“, "
          "sagt Ortsvorsteherin Heike Brandl, die eine Bürgerversammlung einberufen will.",
          "Die Stadt prüft nun, ob eine Behelfsbrücke für Fußgänger aufgestellt werden kann."}},
        {"en",
         {"The Harford Courier", "Harford footbridge closed after cracks found in supports", "By Owen Maddox",
          "December 5, 2026",
          "The footbridge linking Harford's market square to the river path was closed on Friday after engineers "
          "found deep cracks in two of its supports during a routine inspection.",
          "Council officers put up barriers at both ends and said a diversion along Mill Lane would add about ten "
          "minutes to the walk for residents heading into town."},
         {"Photo gallery", "The closed footbridge in Harford", "1 of 8", "Barriers at the market square end",
          "2 of 8", "Engineers inspecting the cracked supports", "See all photos"},
         "Traders count the cost",
         {"Shopkeepers on the river side of the bridge said trade had already fallen. \"Most of our customers walk "
          "over from the square,\" said Priya Lathan, who runs a bakery on Quay Street.",
          "The council said it would decide next week whether the bridge can be repaired."}},
        {"fr",
         {"L'Écho de Valmont", "Valmont : la passerelle sur la Brume fermée après la découverte de fissures",
          "Par Hélène Moreau", "5 décembre 2026",
          "La passerelle qui relie la place du marché aux berges de la Brume est fermée depuis vendredi matin. Des "
          "fissures profondes ont été découvertes sur deux piles lors d'une inspection de routine.",
          "Les services de la ville ont installé des barrières aux deux extrémités et fléché un détour par la rue "
          "des Moulins, qui allonge le trajet d'une dizaine de minutes."},
         {"Galerie photos", "La passerelle fermée à Valmont", "1 sur 8", "Les barrières côté place du marché",
          "2 sur 8", "Les techniciens inspectent les piles fissurées", "Voir toutes les photos"},
         "La colère des commerçants",
         {"Sur la rive gauche, les commerçants s'inquiètent déjà. « La plupart de nos clients viennent à pied par la "
          "passerelle », explique Nadia Roussel, qui tient une boulangerie rue du Quai.",
          "La mairie doit annoncer la semaine prochaine si l'ouvrage peut être réparé."}},
    };
    return pages;
}

std::vector<std::string> region105_gallery_page(const Region105Gallery& g, bool labelled) {
    std::vector<std::string> lines = g.head;
    for (std::size_t i = labelled ? 0 : 1; i < g.gallery.size(); ++i)
        lines.push_back(g.gallery[i]);
    lines.push_back(g.cross_head);
    lines.insert(lines.end(), g.tail.begin(), g.tail.end());
    return lines;
}

bool region105_has(const std::vector<std::string>& list, const std::string& line) {
    return std::find(list.begin(), list.end(), line) != list.end();
}

} // namespace

TEST_CASE("a cross-head under a photo gallery set amid the text heads the next section", "[sections][region105]") {
    for (const auto& g : region105_galleries()) {
        INFO(g.lang);
        const Article a = classify(segment(page_of(region105_gallery_page(g, true))), g.lang);
        REQUIRE(a.sections.size() == 2);
        CHECK(a.sections[1].heading == g.cross_head);
        REQUIRE(!a.sections[1].paragraphs.empty());
        CHECK(a.sections[1].paragraphs.front() == g.tail.front());
        CHECK(!region105_has(a.boilerplate, g.cross_head));
        // (The gallery's lines stay out of the text.)
        for (const auto& line : a.sections[0].paragraphs)
            CHECK(!region105_has(g.gallery, line));
    }
}

TEST_CASE("a short sentence under a photo gallery amid the text heads nothing", "[sections][region105]") {
    for (const auto& g : region105_galleries()) {
        INFO(g.lang);
        std::vector<std::string> lines = region105_gallery_page(g, true);
        const std::string sentence = g.cross_head + " di nuovo.";
        std::replace(lines.begin(), lines.end(), g.cross_head, sentence);
        const Article a = classify(segment(page_of(lines)), g.lang);
        CHECK(!region105_has(headings_of(a), sentence));
        CHECK(headings_of(a).empty());
    }
}
