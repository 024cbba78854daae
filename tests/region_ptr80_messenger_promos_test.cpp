// A call to follow the site's channel on a messaging app, printed between the paragraphs ("📲 Participe do canal do
// Diário no WhatsApp", "Únete al canal de WhatsApp de ...", "Rejoignez notre chaîne WhatsApp", "Iscriviti al canale
// WhatsApp ...", "Folgen Sie uns auf WhatsApp ..."), is no section heading and no paragraph; with the channel's link it
// closes the text as other prompts do (ptr80, probe71 R2). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool in_sections(const Article& a, const std::string& line) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return (s.heading && *s.heading == line) ||
               std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end();
    });
}

struct PromoPage {
    std::string head, first, second, third, fourth, tail;
};

// The page with `promo` between its second and third paragraphs.
std::string with_promo(const PromoPage& p, const std::string& promo) {
    return p.head + p.first + "\n" + p.second + "\n" + promo + "\n" + p.third + "\n" + p.fourth + "\n" + p.tail;
}

const PromoPage pt_page{
    "Notícias\nChuva forte alaga ruas do centro de Sorocaba e derruba árvores\nPor Marina Teles\n05/12/2026 14h32\n",
    "Uma chuva forte atingiu o centro de Sorocaba na tarde desta sexta-feira (5) e deixou várias ruas alagadas, "
    "segundo a Defesa Civil, que registrou 31 chamados em duas horas.",
    "Quatro árvores caíram sobre a fiação elétrica e cerca de 2 mil imóveis ficaram sem energia nos bairros do Éden "
    "e do Cajuru durante a tarde.",
    "A distribuidora informou que as equipes trabalham para religar a energia até o fim da noite. O trânsito ficou "
    "lento na avenida Itavuvu.",
    "A previsão indica mais chuva para o fim de semana, com volumes que podem passar de 40 milímetros no sábado.",
    "Mais lidas\nFeira de livros volta à praça no domingo\n"};

const PromoPage es_page{
    "Noticias\nUna tormenta inunda las calles del centro de Logroño y derriba árboles\nPor Marta Salinas\n"
    "05/12/2026 14:32\n",
    "Una fuerte tormenta descargó sobre el centro de Logroño la tarde de este viernes y dejó varias calles "
    "inundadas, según los bomberos, que atendieron 31 avisos en dos horas.",
    "Cuatro árboles cayeron sobre el tendido eléctrico y unas 2.000 viviendas se quedaron sin luz en los barrios "
    "del Cascajos y de Yagüe durante la tarde.",
    "La compañía eléctrica informó de que sus equipos trabajan para restablecer el suministro antes de la "
    "medianoche. El tráfico fue lento en la avenida de Madrid.",
    "La previsión indica más lluvia para el fin de semana, con acumulados que pueden superar los 40 litros el "
    "sábado.",
    "Lo más leído\nLa feria del libro vuelve a la plaza el domingo\n"};

const PromoPage fr_page{
    "Actualités\nUn violent orage inonde les rues du centre de Tours et abat des arbres\nPar Lucie Garnier\n"
    "05/12/2026 14:32\n",
    "Un violent orage s'est abattu sur le centre de Tours vendredi après-midi et a inondé plusieurs rues, selon les "
    "pompiers, qui sont intervenus trente et une fois en deux heures.",
    "Quatre arbres sont tombés sur des lignes électriques et près de 2000 foyers ont été privés de courant dans les "
    "quartiers des Fontaines et de Montjoyeux.",
    "Le gestionnaire du réseau a indiqué que ses équipes travaillaient à rétablir le courant avant minuit. La "
    "circulation a été ralentie sur les quais.",
    "La prévision annonce encore de la pluie pour le week-end, avec des cumuls qui pourraient dépasser 40 "
    "millimètres samedi.",
    "Les plus lus\nLe salon du livre revient dimanche sur la place\n"};

const PromoPage it_page{
    "Notizie\nUn temporale allaga le strade del centro di Cremona e abbatte alberi\ndi Giulia Ferretti\n"
    "05/12/2026 14:32\n",
    "Un violento temporale si è abbattuto venerdì pomeriggio sul centro di Cremona e ha allagato diverse strade, "
    "secondo i vigili del fuoco, intervenuti trentuno volte in due ore.",
    "Quattro alberi sono caduti sulle linee elettriche e circa 2000 famiglie sono rimaste senza corrente nei "
    "quartieri di Cavatigozzi e Boschetto.",
    "Il gestore della rete ha spiegato che le squadre lavorano per ripristinare la corrente entro mezzanotte. Il "
    "traffico è rimasto rallentato sulla tangenziale.",
    "Le previsioni indicano altra pioggia per il fine settimana, con accumuli che potrebbero superare i 40 "
    "millimetri sabato.",
    "I più letti\nTorna domenica in piazza la fiera del libro\n"};

const PromoPage de_page{
    "Nachrichten\nUnwetter überflutet Straßen in der Innenstadt von Fulda und entwurzelt Bäume\nVon Jana Keller\n"
    "05.12.2026, 14:32 Uhr\n",
    "Ein heftiges Unwetter hat am Freitagnachmittag die Innenstadt von Fulda getroffen und mehrere Straßen "
    "überflutet, wie die Feuerwehr mitteilte, die in zwei Stunden 31 Mal ausrücken musste.",
    "Vier Bäume stürzten auf Stromleitungen, rund 2000 Haushalte in den Stadtteilen Ziehers und Horas waren über "
    "Stunden ohne Strom, während die Aufräumarbeiten liefen.",
    "Der Netzbetreiber teilte mit, seine Teams arbeiteten daran, die Versorgung bis Mitternacht wiederherzustellen. "
    "Der Verkehr auf dem Ring staute sich.",
    "Für das Wochenende wird weiterer Regen erwartet, am Samstag könnten mehr als 40 Liter pro Quadratmeter fallen.",
    "Meistgelesen\nBüchermarkt kehrt am Sonntag auf den Platz zurück\n"};

} // namespace

TEST_CASE("a call to follow the site's messaging channel between paragraphs heads no section", "[region][ptr80]") {
    const std::pair<const PromoPage*, const char*> cases[] = {
        {&pt_page, "📲 Participe do canal do Diário do Vale no WhatsApp"},
        {&pt_page, "Receba as notícias do Diário do Vale no Telegram"},
        {&es_page, "Únete al canal de WhatsApp de Diario del Iregua"},
        {&fr_page, "Rejoignez notre chaîne WhatsApp"},
        {&it_page, "Iscriviti al canale WhatsApp della Gazzetta del Po per restare aggiornato"},
        {&de_page, "Folgen Sie uns auf WhatsApp für alle Nachrichten aus der Region"},
    };
    for (const auto& [page, promo] : cases) {
        CAPTURE(promo);
        const Article a = parse(with_promo(*page, promo), "page.txt");
        CHECK_FALSE(in_sections(a, promo));
        CHECK(test::in_boilerplate(a, promo));
        // (The paragraphs around it are one section's.)
        REQUIRE(a.sections.size() == 1);
        CHECK(std::find(a.sections[0].paragraphs.begin(), a.sections[0].paragraphs.end(), page->third) !=
              a.sections[0].paragraphs.end());
    }
}

TEST_CASE("a call to follow the site's messaging channel with its link closes the text", "[region][ptr80]") {
    const std::pair<const PromoPage*, const char*> cases[] = {
        {&pt_page, "Receba notícias do Diário do Vale no seu Telegram e fique por dentro de tudo! Basta acessar o "
                   "canal: https://t.me/diariodovale"},
        {&es_page, "Únete al canal de Diario del Iregua en WhatsApp y recibe cada mañana las noticias de la "
                   "ciudad: https://whatsapp.com/channel/diarioiregua"},
    };
    for (const auto& [page, promo] : cases) {
        CAPTURE(promo);
        const std::string text = page->head + page->first + "\n" + page->second + "\n" + page->third + "\n" +
                                 page->fourth + "\n" + promo + "\n" + page->tail;
        const Article a = parse(text, "page.txt");
        CHECK_FALSE(in_sections(a, promo));
        CHECK(test::in_boilerplate(a, promo));
    }
}

TEST_CASE("a line naming a messaging app without a call to the reader stays a heading", "[region][ptr80]") {
    // (A heading of the text on the apps themselves: no call word, or a sentence of the text.)
    for (const char* line : {"Golpistas usam o WhatsApp para pedir dinheiro a idosos",
                             "Les arnaques par WhatsApp se multiplient dans la région"}) {
        CAPTURE(line);
        Block b = segment(line).front();
        CHECK_FALSE(share_button(b));
    }
    Block call = segment("Participe do canal do Diário do Vale no WhatsApp").front();
    CHECK(share_button(call));
    // (Twelve words at most: a longer line is a heading of the text.)
    Block longer =
        segment("Participe do canal do Diário do Vale no WhatsApp e receba as notícias da região toda manhã").front();
    CHECK_FALSE(share_button(longer));
}
