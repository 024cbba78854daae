// A summary box's label over a contents (toc74's leftover): "Das Wichtigste in Kürze / <short sentences> /
// Inhaltsverzeichnis / <titles> / <the titled parts>". The contents made the page one that marks its headings
// (SectionLoop::only_marked), which refused the label above it its list_label(), though a contents marks only the
// headings below it: the label now heads its sentences there (sections_headings.cpp heads_section()). Invented
// pages, in German and French (an English page of this shape loses its opening to the region whatever the label: a
// region issue, not this rule's).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct GuidePage {
    const char* head;
    const char* intro;
    const char* label;
    std::vector<const char*> points;
    const char* contents;
    std::vector<const char*> titles;
    std::vector<const char*> texts;
};

std::string page_of(const GuidePage& g) {
    std::string out = std::string(g.head) + g.intro + "\n" + g.label + "\n";
    for (const char* p : g.points)
        out += std::string(p) + "\n";
    out += std::string(g.contents) + "\n";
    for (const char* t : g.titles)
        out += std::string(t) + "\n";
    for (std::size_t i = 0; i < g.titles.size(); ++i)
        out += std::string(g.titles[i]) + "\n" + g.texts[i] + "\n";
    return out;
}

} // namespace

TEST_CASE("a summary box's label above a contents heads its sentences", "[sections][summary_over_contents]") {
    const GuidePage pages[] = {
        {"Sodbrennen: Was wirklich hilft\nVon Dr. Eva Lind\n02.12.2026\n",
         "Fast jeder kennt das Brennen hinter dem Brustbein nach einem üppigen Essen. Meist ist es harmlos und lässt "
         "sich mit einfachen Mitteln lindern.",
         "Das Wichtigste in Kürze",
         {"Sodbrennen entsteht, wenn Magensäure in die Speiseröhre steigt.",
          "Kleine Mahlzeiten am Abend beugen den Beschwerden vor.",
          "Halten die Beschwerden länger an, gehört das in ärztliche Hände."},
         "Inhaltsverzeichnis",
         {"Ursachen", "Beschwerden", "Behandlung"},
         {"Fettes Essen, Kaffee und Stress lassen den Schließmuskel am Mageneingang erschlaffen. Dann steigt Säure "
          "nach oben und reizt die Schleimhaut der Speiseröhre über viele Stunden.",
          "Typisch ist ein Brennen hinter dem Brustbein, oft mit saurem Aufstoßen. Manche Betroffene haben auch "
          "Husten oder eine heisere Stimme, vor allem am frühen Morgen.",
          "Oft hilft es schon, abends weniger zu essen und das Kopfende des Bettes etwas höher zu stellen. Mittel aus "
          "der Apotheke binden die Säure für einige Stunden."}},
        {"Brûlures d'estomac : ce qui aide vraiment\nPar Ève Lind\n2 décembre 2026\n",
         "Presque tout le monde connaît cette brûlure derrière le sternum après un repas copieux. Elle est le plus "
         "souvent bénigne et se soulage facilement.",
         "L'essentiel",
         {"Les brûlures viennent de l'acide de l'estomac qui remonte dans l'œsophage.",
          "De petits repas le soir aident à les éviter.",
          "Si elles durent des semaines, il faut consulter un médecin."},
         "Sommaire",
         {"Les causes", "Les symptômes", "Le traitement"},
         {"Les repas gras, le café et le stress relâchent le muscle à l'entrée de l'estomac. L'acide remonte alors et "
          "irrite la paroi de l'œsophage pendant des heures.",
          "Une brûlure derrière le sternum est typique, souvent avec des remontées acides. Certaines personnes "
          "toussent aussi ou ont la voix enrouée, surtout tôt le matin.",
          "Manger moins le soir et surélever un peu la tête du lit aide souvent déjà. Les remèdes de la pharmacie "
          "fixent l'acide pendant quelques heures."}},
    };
    for (const auto& g : pages) {
        INFO(g.label);
        const Article a = parse(page_of(g));
        const Section* box = nullptr;
        for (const Section& s : a.sections)
            if (s.heading && *s.heading == g.label)
                box = &s;
        REQUIRE(box != nullptr);
        CHECK(box->paragraphs == std::vector<std::string>(g.points.begin(), g.points.end()));
        // (the parts under the contents keep their headings)
        std::vector<std::string> headings;
        for (const Section& s : a.sections)
            if (s.heading && *s.heading != g.label)
                headings.push_back(*s.heading);
        CHECK(headings == std::vector<std::string>(g.titles.begin(), g.titles.end()));
    }
}
