/**
 * Short shop-chat phrases written for shopmate (MIT), added to the language-id training text so the
 * model knows the words shoppers use (MASSIVE is a virtual-assistant corpus with few of them).
 * Keep the tests' phrases out of this list.
 */
export const EXTRA_PHRASES: Record<string, string[]> = {
  en: [
    'yes please', 'no thanks', 'sure',
    'where is my order', 'I want a refund', 'how much is shipping', 'is this in stock', 'thank you so much',
    'can I change my address', 'my package has not arrived', 'cancel my order please', 'what sizes do you have',
    'do you ship to canada', 'I need help with my payment', 'the item arrived broken', 'good morning',
    'can I talk to a human', 'track my parcel', 'any discount codes', 'add this to my cart', 'checkout failed',
    'when will it be delivered', 'I would like to return these shoes', 'thanks a lot', 'great, that works',
  ],
  es: [
    'sí, claro', 'no, gracias', 'vale',
    'dónde está mi pedido', 'quiero un reembolso', 'cuánto cuesta el envío', 'hay stock de este producto',
    'muchas gracias', 'puedo cambiar mi dirección', 'mi paquete no ha llegado', 'cancela mi pedido por favor',
    'qué tallas tienen', 'hacen envíos a méxico', 'necesito ayuda con el pago', 'el artículo llegó roto',
    'buenos días', 'quiero hablar con una persona', 'seguimiento de mi paquete', 'tienen algún cupón de descuento',
    'añadir al carrito', 'cuándo llega', 'quiero devolver estos zapatos', 'vale, perfecto', 'hola, buenas tardes',
  ],
  pt: [
    'sim', 'sim, por favor', 'não, obrigado', 'obrigada',
    'onde está a minha encomenda', 'quero o reembolso', 'quanto custa o frete', 'tem este produto em estoque',
    'muito obrigado', 'posso mudar o meu endereço', 'o meu pacote não chegou', 'cancele o meu pedido por favor',
    'que tamanhos vocês têm', 'vocês enviam para o brasil', 'preciso de ajuda com o pagamento', 'o artigo chegou partido',
    'bom dia', 'quero falar com um atendente', 'rastrear a minha encomenda', 'têm algum cupom de desconto',
    'adicionar ao carrinho', 'quando chega', 'quero devolver estes sapatos', 'beleza, obrigada', 'olá, boa tarde',
  ],
  fr: [
    'oui, merci', 'non merci', 'volontiers',
    'où est ma commande', 'je veux être remboursé', 'combien coûte la livraison', 'est-ce que cet article est en stock',
    'merci beaucoup', 'puis-je changer mon adresse', "mon colis n'est pas arrivé", 'annulez ma commande svp',
    'quelles tailles avez-vous', 'vous livrez en belgique', "j'ai besoin d'aide pour le paiement", "l'article est arrivé cassé",
    'bonjour', 'je voudrais parler à un conseiller', 'suivre mon colis', 'avez-vous un code promo',
    'ajouter au panier', 'quand sera-t-il livré', 'je veux retourner ces chaussures', "d'accord, parfait", 'bonsoir',
  ],
  de: [
    'danke', 'ja bitte', 'nein danke', 'danke schön',
    'wo ist meine bestellung', 'ich möchte eine rückerstattung', 'was kostet der versand', 'ist das auf lager',
    'vielen dank', 'kann ich meine adresse ändern', 'mein paket ist nicht angekommen', 'bitte storniere meine bestellung',
    'welche größen gibt es', 'liefert ihr nach österreich', 'ich brauche hilfe bei der zahlung', 'der artikel kam kaputt an',
    'guten morgen', 'ich möchte mit einem menschen sprechen', 'sendung verfolgen', 'gibt es einen gutscheincode',
    'in den warenkorb legen', 'wann wird geliefert', 'ich möchte diese schuhe zurückschicken', 'alles klar, danke', 'hallo zusammen',
  ],
  it: [
    'sì, grazie', 'no grazie', 'certo',
    "dov'è il mio ordine", 'voglio un rimborso', 'quanto costa la spedizione', 'è disponibile questo articolo',
    'grazie mille', 'posso cambiare il mio indirizzo', 'il mio pacco non è arrivato', 'annulla il mio ordine per favore',
    'che taglie avete', 'spedite in svizzera', 'ho bisogno di aiuto con il pagamento', "l'articolo è arrivato rotto",
    'buongiorno', 'vorrei parlare con un operatore', 'tracciare il mio pacco', 'avete un codice sconto',
    'aggiungi al carrello', 'quando arriva', 'voglio restituire queste scarpe', 'va bene, perfetto', 'ciao, buonasera',
  ],
  vi: [
    'vâng', 'dạ vâng', 'không cần đâu',
    'đơn hàng của tôi đâu rồi', 'tôi muốn hoàn tiền', 'phí vận chuyển bao nhiêu', 'sản phẩm này còn hàng không',
    'cảm ơn nhiều', 'tôi có thể đổi địa chỉ không', 'gói hàng của tôi chưa đến', 'hủy đơn hàng giúp tôi',
    'có những cỡ nào', 'có giao hàng ra hà nội không', 'tôi cần giúp đỡ về thanh toán', 'hàng đến bị vỡ',
    'chào buổi sáng', 'cho tôi nói chuyện với nhân viên', 'theo dõi đơn hàng', 'có mã giảm giá không',
    'thêm vào giỏ hàng', 'khi nào giao hàng', 'tôi muốn trả lại đôi giày này', 'được rồi, cảm ơn', 'xin chào shop',
  ],
  id: [
    'iya', 'ya kak', 'tidak usah', 'makasih',
    'pesanan saya di mana', 'saya mau refund', 'berapa ongkos kirimnya', 'apakah barang ini ready stok',
    'terima kasih banyak', 'bisa ganti alamat saya', 'paket saya belum sampai', 'tolong batalkan pesanan saya',
    'ada ukuran apa saja', 'bisa kirim ke surabaya', 'saya butuh bantuan soal pembayaran', 'barangnya datang rusak',
    'selamat pagi', 'saya mau bicara dengan admin', 'lacak paket saya', 'ada kode diskon tidak',
    'masukkan ke keranjang', 'kapan sampainya', 'saya mau mengembalikan sepatu ini', 'oke, makasih kak', 'halo kak',
  ],
  tr: [
    'evet', 'hayır', 'evet lütfen', 'tamam',
    'siparişim nerede', 'para iadesi istiyorum', 'kargo ücreti ne kadar', 'bu ürün stokta var mı',
    'çok teşekkür ederim', 'adresimi değiştirebilir miyim', 'paketim gelmedi', 'lütfen siparişimi iptal edin',
    'hangi bedenler var', 'almanyaya gönderim yapıyor musunuz', 'ödeme konusunda yardıma ihtiyacım var', 'ürün kırık geldi',
    'günaydın', 'bir müşteri temsilcisiyle görüşmek istiyorum', 'kargomu takip et', 'indirim kodu var mı',
    'sepete ekle', 'ne zaman teslim edilir', 'bu ayakkabıları iade etmek istiyorum', 'tamam, sağ olun', 'merhaba',
  ],
};
