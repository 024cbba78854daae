// A short line closed by the photographer's name in parentheses after its stop ("... la plaza renovada. (Teresa
// Ruiz)", "... near Bairnsdale.(ABC News: Kim Tran)"): a picture's caption and its credit, neither a paragraph, when
// the name is no one the text speaks of and not the page's author (media.cpp, captions_closed_by_names()). Invented
// lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* head;    // menu, headline, standfirst, byline, date
    const char* caption; // the caption line as printed
    const char* text;    // its caption
    const char* credit;
    const char* rest; // the article's paragraphs under it
};

const Row rows[] = {
    {"es",
     "Inicio\nNoticias\nMercado de Santurce reabre sus puertas tras dos años de obras\nLos comerciantes celebran el "
     "regreso de los clientes\nPor Ana Colón\n3 de diciembre de 2026",
     "Los vendedores del mercado recibieron este martes a sus primeros clientes en la plaza renovada. (Teresa Ruiz)",
     "Los vendedores del mercado recibieron este martes a sus primeros clientes en la plaza renovada.", "(Teresa Ruiz)",
     "El mercado, construido en 1910, cerró en 2024 para reforzar su estructura y renovar sus instalaciones "
     "eléctricas, según explicó el municipio en un comunicado.\nLa obra costó unos 12 millones de dólares, financiados "
     "en gran parte con fondos federales de recuperación tras el huracán.\n\"Esperamos que vuelva a ser el corazón del "
     "barrio\", dijo la alcaldesa, María Ortiz, durante la inauguración."},
    {"fr",
     "Accueil\nActualité\nLe marché couvert de Vevey rouvre après deux ans de travaux\nLes commerçants saluent le "
     "retour de la clientèle\nPar Anne Collet\n03.12.2026",
     "Les marchands ont accueilli mardi leurs premiers clients sous la halle rénovée. (Thomas Rieder)",
     "Les marchands ont accueilli mardi leurs premiers clients sous la halle rénovée.", "(Thomas Rieder)",
     "Le marché couvert, construit en 1910, avait fermé en 2024 pour renforcer sa charpente et refaire toute son "
     "installation électrique, selon la commune.\nLe chantier a coûté environ douze millions de francs, financés en "
     "grande partie par le canton et une fondation privée de la région.\n«Nous espérons qu'il redevienne le cœur du "
     "quartier», a déclaré la syndique, Marie Oulevay, lors de l'inauguration."},
    {"en",
     "Home\nNews\nFarmers brace for a dry summer as dams fall to record lows\nPosted Wed 3 Dec 2026 at 5:00am",
     "Farmer Joe Blake checks the level of his dam near Bairnsdale.(ABC News: Sam Patel)",
     "Farmer Joe Blake checks the level of his dam near Bairnsdale.", "(ABC News: Sam Patel)",
     "Farmers in East Gippsland say they are preparing for one of the driest summers on record, with many dams "
     "already below a third of their capacity.\nThe Bureau of Meteorology has forecast below-average rainfall for "
     "most of the state until February, which would put pressure on stock feed.\n\"We are buying hay now because it "
     "will only get dearer,\" Mr Blake said."},
    {"de",
     "Startseite\nRegion\nDer Wochenmarkt in Biel zieht in die neue Halle\nDie Händler sind zufrieden mit dem Umzug\n"
     "Von Lea Frei\n03.12.2026",
     "Die ersten Kundinnen kaufen am Dienstag in der neuen Markthalle ein.(Bieler Tagblatt: Jonas Keller)",
     "Die ersten Kundinnen kaufen am Dienstag in der neuen Markthalle ein.", "(Bieler Tagblatt: Jonas Keller)",
     "Der Wochenmarkt war seit über hundert Jahren auf dem Zentralplatz zu Hause, bis die Stadt den Platz für die "
     "Bauarbeiten sperren musste.\nDie neue Halle bietet Platz für vierzig Stände und ist auch bei Regen offen, "
     "sagte die Marktchefin am Eröffnungstag.\nDie Miete für die Stände bleibt in den ersten zwei Jahren gleich."},
};

} // namespace

TEST_CASE("a short line closed by the photographer's name in parentheses is a caption and its credit",
          "[media][caption][boiler28]") {
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.caption);
        const Article a = parse(std::string(r.head) + "\n" + r.caption + "\n" + r.rest + "\nCompartir\n");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.text));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK_FALSE(test::in_text(a, r.caption));
        CHECK(test::has_paragraph_starting(a, std::string(r.rest).substr(0, 20)));
    }
}

TEST_CASE("a name in parentheses closing a line of text is no credit when the text speaks of the person, or it is "
          "the page's author",
          "[media][caption][boiler28]") {
    struct Case {
        const char* what;
        const char* page;
        const char* line;
    };
    const Case cases[] = {
        // The person is named in the text: the parenthesis closes a sentence about her.
        {"en: named in the text",
         "Home\nNews\nCouncil approves the new harbour budget\nBy Sam Patel\nDecember 3, 2026\nThe council approved "
         "the harbour budget on Tuesday after a debate of more than four hours.\nThe vote was carried by the "
         "chair of the finance committee. (Ellen Brooks)\nEllen Brooks said the budget would pay for the new pier "
         "and for two more ferry crossings every day in summer.\nThe opposition voted against it, saying the "
         "harbour fees would rise too quickly for small fishing boats.\nShare\n",
         "The vote was carried by the chair of the finance committee. (Ellen Brooks)"},
        {"es: named in the text",
         "Inicio\nNoticias\nEl concejo aprueba el presupuesto del puerto\nPor Ana Colón\n3 de diciembre de 2026\nEl "
         "concejo aprobó este martes el presupuesto del puerto tras un debate de más de cuatro horas.\nLa votación "
         "la ganó la presidenta de la comisión de finanzas. (María Ortiz)\nMaría Ortiz explicó que el presupuesto "
         "pagará el nuevo muelle y dos travesías más cada día durante el verano.\nLa oposición votó en contra "
         "porque las tasas del puerto subirán demasiado rápido para los pescadores.\nCompartir\n",
         "La votación la ganó la presidenta de la comisión de finanzas. (María Ortiz)"},
        // The page's author signs the steps of her how-to.
        {"en: the author's own steps",
         "Home\nCrafts\nHow to Make a Moss Terrarium\nBy Lucy Fern\nA terrarium needs little care once the moss has "
         "settled, and it can stand in any bright room away from the sun.\nStep 1\nCut the foam to fit the glass "
         "and soak it in water until it sinks to the bottom of the bowl.\nDig a hole in the foam. (Lucy Fern)\n"
         "Step 2\nSet the plant in the hole and press the foam around its roots to hold it.\nPlace the moss on "
         "top. (Lucy Fern)\nStep 3\nCover the foam with moss and mist it with water twice a week.\nShare\n",
         "Dig a hole in the foam. (Lucy Fern)"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const Article a = parse(c.page);
        CHECK(std::none_of(a.media.begin(), a.media.end(),
                           [&](const Media& m) { return m.credit && m.credit->find('(') == 0; }));
        CHECK(test::in_text(a, c.line));
    }
}
