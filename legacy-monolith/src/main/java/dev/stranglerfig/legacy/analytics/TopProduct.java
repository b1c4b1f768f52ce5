package dev.stranglerfig.legacy.analytics;

import java.math.BigDecimal;

record TopProduct(Long productId, String sku, String name, long units, BigDecimal revenue) {

}
