// A summary box of bullet items kept over the text ("Ce qu'il faut retenir", "Das Wichtigste in Kürze", "Key points")
// does not hide the dateline of the paragraph under it: body_dateline() passes over the items (probe6 kind 3a).
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "press_datelines.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* headline;
    const char* box; // the box's title and its items, one a line
    const char* opening;
    const char* place;
    const char* agency;
};

std::string page_of(const Row& r) {
    return std::string(r.headline) + "\n\n" + r.box + "\n\n" + r.opening + "\n\n" +
           "Les autorités suivent la situation heure par heure. Die Behörden verfolgen die Lage laufend.\n";
}

} // namespace

TEST_CASE("a dateline under a summary box of bullet items is read", "[agencies][dateline][probe6]") {
    const Row rows[] = {
        {"fr", "Neige jusqu'en plaine: le Chablais en vigilance orange dès jeudi soir",
         "Ce qu'il faut retenir\n- Vigilance orange de jeudi 18h à samedi midi.\n"
         "- Jusqu'à 40 cm de neige fraîche au-dessus de 800 mètres.\n- Le col pourrait être fermé par intervalles.",
         "Monthey, 3 décembre (ats) - L'office de météorologie a relevé mercredi le niveau d'alerte pour le Chablais, "
         "où une perturbation doit apporter d'importantes chutes de neige dès jeudi soir.",
         "Monthey", "ats"},
        {"de", "Föhnsturm legt den Bahnverkehr im Urner Reusstal lahm",
         "Das Wichtigste in Kürze\n• Der Föhn erreichte Spitzen von 140 km/h.\n"
         "• Zwischen Erstfeld und Göschenen fahren keine Züge.\n• Die Kantonsstrasse bleibt offen.",
         "Altdorf (sda) - Ein Föhnsturm hat am Mittwoch den Bahnverkehr zwischen Erstfeld und Göschenen "
         "unterbrochen, weil mehrere Bäume auf die Fahrleitung gestürzt sind.",
         "Altdorf", "sda"},
        {"en", "Gales close the harbour bridge for a second day",
         "Key points\n* Gusts reached 90 mph on the coast overnight.\n* Ferries are cancelled until Friday.",
         "KESTLE BAY (Reuters) - Gales forced the closure of the harbour bridge for a second day on Wednesday, and "
         "the coastguard warned people to keep away from the sea front.",
         "KESTLE BAY", "reuters"},
        {"it", "Neve in pianura, il Mendrisiotto in allerta arancione",
         "In breve\n– Allerta arancione da giovedì sera.\n– Fino a 30 centimetri di neve fresca.",
         "Mendrisio, 3 dic. (ats) - L'ufficio federale di meteorologia ha alzato mercoledì il livello di allerta per "
         "il Mendrisiotto, dove sono attese forti nevicate da giovedì sera.",
         "Mendrisio", "ats"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.opening);
        const Article a = parse(page_of(r));
        REQUIRE(a.dateline);
        CHECK(*a.dateline == r.place);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}

TEST_CASE("body_dateline() passes over bullet items, not over a paragraph of prose", "[agencies][dateline][probe6]") {
    const std::string dated = "Monthey, 3 décembre (ats) - La neige est attendue dès jeudi soir dans tout le Chablais.";
    Section boxed;
    boxed.paragraphs = {"- Vigilance orange dès jeudi.", "- Jusqu'à 40 cm de neige.", "- Écoles ouvertes.", dated};
    const auto tag = body_dateline({boxed});
    REQUIRE(tag);
    CHECK(tag->place == "Monthey");
    // A paragraph of the text closing its sentence comes first: the place further down opens no dateline.
    Section prose;
    prose.paragraphs = {"- Vigilance orange dès jeudi.", "La neige arrive jeudi dans tout le Chablais, selon l'office.",
                        dated};
    CHECK_FALSE(body_dateline({prose}));
    // Nine items: a list of the text, not a box over it.
    Section list;
    for (int k = 0; k < 9; ++k)
        list.paragraphs.push_back("- Point " + std::to_string(k + 1) + " de la liste des communes.");
    list.paragraphs.push_back(dated);
    CHECK_FALSE(body_dateline({list}));
}
