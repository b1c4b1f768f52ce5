package dev.stranglerfig.proxy.connections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Says at start which transport serves the proxy's ports: io_uring where the kernel allows it, else epoll (NIO off
 * Linux). Requests per second differ by about a fifth between the first two on one machine, so it is the first thing
 * to know when two hosts perform differently.
 */
@Configuration(proxyBeanMethods = false)
class EventLoopTransport {

	private static final Logger logger = LoggerFactory.getLogger(EventLoopTransport.class);

	@Bean
	NettyServerCustomizer transportLogged() {
		return server -> server.doOnBound(bound -> logger.info("Port {} is served by {}", bound.port(),
				bound.channel().getClass().getSimpleName()));
	}

}
