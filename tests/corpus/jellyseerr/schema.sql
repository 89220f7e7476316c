-- Schema of Jellyseerr (https://github.com/fallenbagel/jellyseerr @ 368ecf87, MIT), a TypeORM app:
-- `pg_dump --schema-only --no-owner --no-privileges` of a PostgreSQL 18 database after the SQL of the
-- up() methods of its 9 TypeORM migrations (server/migration/postgres/*.ts) ran in order. This is
-- the route dbperf documents for ORMs that keep no SQL files: dump the schema the ORM created.

--
-- PostgreSQL database dump
--

\restrict NY0qmpvyj7dx14Pwo9GIdlDccclGsRTFtlWOxTAKNrEVoFruvwfC9uJ3SEU6wjV

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: blacklist; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blacklist (
    id integer NOT NULL,
    "mediaType" character varying NOT NULL,
    title character varying,
    "tmdbId" integer NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "userId" integer,
    "mediaId" integer,
    "blacklistedTags" character varying
);


--
-- Name: blacklist_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.blacklist_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: blacklist_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.blacklist_id_seq OWNED BY public.blacklist.id;


--
-- Name: discover_slider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.discover_slider (
    id integer NOT NULL,
    type integer NOT NULL,
    "order" integer NOT NULL,
    "isBuiltIn" boolean DEFAULT false NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    title character varying,
    data character varying,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: discover_slider_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.discover_slider_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: discover_slider_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.discover_slider_id_seq OWNED BY public.discover_slider.id;


--
-- Name: issue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.issue (
    id integer NOT NULL,
    "issueType" integer NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    "problemSeason" integer DEFAULT 0 NOT NULL,
    "problemEpisode" integer DEFAULT 0 NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "mediaId" integer,
    "createdById" integer,
    "modifiedById" integer
);


--
-- Name: issue_comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.issue_comment (
    id integer NOT NULL,
    message text NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "userId" integer,
    "issueId" integer
);


--
-- Name: issue_comment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.issue_comment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: issue_comment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.issue_comment_id_seq OWNED BY public.issue_comment.id;


--
-- Name: issue_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.issue_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: issue_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.issue_id_seq OWNED BY public.issue.id;


--
-- Name: media; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.media (
    id integer NOT NULL,
    "mediaType" character varying NOT NULL,
    "tmdbId" integer NOT NULL,
    "tvdbId" integer,
    "imdbId" character varying,
    status integer DEFAULT 1 NOT NULL,
    status4k integer DEFAULT 1 NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "lastSeasonChange" timestamp with time zone DEFAULT now() NOT NULL,
    "mediaAddedAt" timestamp with time zone DEFAULT now(),
    "serviceId" integer,
    "serviceId4k" integer,
    "externalServiceId" integer,
    "externalServiceId4k" integer,
    "externalServiceSlug" character varying,
    "externalServiceSlug4k" character varying,
    "ratingKey" character varying,
    "ratingKey4k" character varying,
    "jellyfinMediaId" character varying,
    "jellyfinMediaId4k" character varying
);


--
-- Name: media_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.media_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: media_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.media_id_seq OWNED BY public.media.id;


--
-- Name: media_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.media_request (
    id integer NOT NULL,
    status integer NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    type character varying NOT NULL,
    is4k boolean DEFAULT false NOT NULL,
    "serverId" integer,
    "profileId" integer,
    "rootFolder" character varying,
    "languageProfileId" integer,
    tags text,
    "isAutoRequest" boolean DEFAULT false NOT NULL,
    "mediaId" integer,
    "requestedById" integer,
    "modifiedById" integer
);


--
-- Name: media_request_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.media_request_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: media_request_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.media_request_id_seq OWNED BY public.media_request.id;


--
-- Name: override_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.override_rule (
    id integer NOT NULL,
    "radarrServiceId" integer,
    "sonarrServiceId" integer,
    users character varying,
    genre character varying,
    language character varying,
    keywords character varying,
    "profileId" integer,
    "rootFolder" character varying,
    tags character varying,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: override_rule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.override_rule_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: override_rule_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.override_rule_id_seq OWNED BY public.override_rule.id;


--
-- Name: season; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.season (
    id integer NOT NULL,
    "seasonNumber" integer NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    status4k integer DEFAULT 1 NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "mediaId" integer
);


--
-- Name: season_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.season_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: season_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.season_id_seq OWNED BY public.season.id;


--
-- Name: season_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.season_request (
    id integer NOT NULL,
    "seasonNumber" integer NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "requestId" integer
);


--
-- Name: season_request_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.season_request_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: season_request_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.season_request_id_seq OWNED BY public.season_request.id;


--
-- Name: session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session (
    "expiredAt" bigint NOT NULL,
    id character varying(255) NOT NULL,
    "json" text NOT NULL
);


--
-- Name: user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."user" (
    id integer NOT NULL,
    email character varying NOT NULL,
    "plexUsername" character varying,
    "jellyfinUsername" character varying,
    username character varying,
    password character varying,
    "resetPasswordGuid" character varying,
    "recoveryLinkExpirationDate" date,
    "userType" integer DEFAULT 1 NOT NULL,
    "plexId" integer,
    "jellyfinUserId" character varying,
    "jellyfinDeviceId" character varying,
    "jellyfinAuthToken" character varying,
    "plexToken" character varying,
    permissions integer DEFAULT 0 NOT NULL,
    avatar character varying NOT NULL,
    "movieQuotaLimit" integer,
    "movieQuotaDays" integer,
    "tvQuotaLimit" integer,
    "tvQuotaDays" integer,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "avatarETag" character varying,
    "avatarVersion" character varying
);


--
-- Name: user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_id_seq OWNED BY public."user".id;


--
-- Name: user_push_subscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_push_subscription (
    id integer NOT NULL,
    endpoint character varying NOT NULL,
    p256dh character varying NOT NULL,
    auth character varying NOT NULL,
    "userId" integer,
    "userAgent" character varying,
    "createdAt" timestamp with time zone DEFAULT now()
);


--
-- Name: user_push_subscription_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_push_subscription_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_push_subscription_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_push_subscription_id_seq OWNED BY public.user_push_subscription.id;


--
-- Name: user_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_settings (
    id integer NOT NULL,
    locale character varying DEFAULT ''::character varying NOT NULL,
    "discoverRegion" character varying,
    "streamingRegion" character varying,
    "originalLanguage" character varying,
    "pgpKey" character varying,
    "discordId" character varying,
    "pushbulletAccessToken" character varying,
    "pushoverApplicationToken" character varying,
    "pushoverUserKey" character varying,
    "pushoverSound" character varying,
    "telegramChatId" character varying,
    "telegramSendSilently" boolean,
    "watchlistSyncMovies" boolean,
    "watchlistSyncTv" boolean,
    "notificationTypes" text,
    "userId" integer,
    "telegramMessageThreadId" character varying
);


--
-- Name: user_settings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_settings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_settings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_settings_id_seq OWNED BY public.user_settings.id;


--
-- Name: watchlist; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.watchlist (
    id integer NOT NULL,
    "ratingKey" character varying NOT NULL,
    "mediaType" character varying NOT NULL,
    title character varying NOT NULL,
    "tmdbId" integer NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "requestedById" integer,
    "mediaId" integer
);


--
-- Name: watchlist_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.watchlist_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: watchlist_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.watchlist_id_seq OWNED BY public.watchlist.id;


--
-- Name: blacklist id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blacklist ALTER COLUMN id SET DEFAULT nextval('public.blacklist_id_seq'::regclass);


--
-- Name: discover_slider id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discover_slider ALTER COLUMN id SET DEFAULT nextval('public.discover_slider_id_seq'::regclass);


--
-- Name: issue id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue ALTER COLUMN id SET DEFAULT nextval('public.issue_id_seq'::regclass);


--
-- Name: issue_comment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue_comment ALTER COLUMN id SET DEFAULT nextval('public.issue_comment_id_seq'::regclass);


--
-- Name: media id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media ALTER COLUMN id SET DEFAULT nextval('public.media_id_seq'::regclass);


--
-- Name: media_request id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_request ALTER COLUMN id SET DEFAULT nextval('public.media_request_id_seq'::regclass);


--
-- Name: override_rule id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.override_rule ALTER COLUMN id SET DEFAULT nextval('public.override_rule_id_seq'::regclass);


--
-- Name: season id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.season ALTER COLUMN id SET DEFAULT nextval('public.season_id_seq'::regclass);


--
-- Name: season_request id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.season_request ALTER COLUMN id SET DEFAULT nextval('public.season_request_id_seq'::regclass);


--
-- Name: user id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user" ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);


--
-- Name: user_push_subscription id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_push_subscription ALTER COLUMN id SET DEFAULT nextval('public.user_push_subscription_id_seq'::regclass);


--
-- Name: user_settings id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_settings ALTER COLUMN id SET DEFAULT nextval('public.user_settings_id_seq'::regclass);


--
-- Name: watchlist id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.watchlist ALTER COLUMN id SET DEFAULT nextval('public.watchlist_id_seq'::regclass);


--
-- Name: user_settings PK_00f004f5922a0744d174530d639; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_settings
    ADD CONSTRAINT "PK_00f004f5922a0744d174530d639" PRIMARY KEY (id);


--
-- Name: blacklist PK_04dc42a96bf0914cda31b579702; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blacklist
    ADD CONSTRAINT "PK_04dc42a96bf0914cda31b579702" PRIMARY KEY (id);


--
-- Name: watchlist PK_0c8c0dbcc8d379117138e71ad5b; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.watchlist
    ADD CONSTRAINT "PK_0c8c0dbcc8d379117138e71ad5b" PRIMARY KEY (id);


--
-- Name: discover_slider PK_20a71a098d04bae448e4d51db23; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discover_slider
    ADD CONSTRAINT "PK_20a71a098d04bae448e4d51db23" PRIMARY KEY (id);


--
-- Name: issue_comment PK_2ad05784e2ae661fa409e5e0248; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue_comment
    ADD CONSTRAINT "PK_2ad05784e2ae661fa409e5e0248" PRIMARY KEY (id);


--
-- Name: user_push_subscription PK_397020e7be9a4086cc798e0bb63; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_push_subscription
    ADD CONSTRAINT "PK_397020e7be9a4086cc798e0bb63" PRIMARY KEY (id);


--
-- Name: season_request PK_4811e502081543bf620f1fa4328; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.season_request
    ADD CONSTRAINT "PK_4811e502081543bf620f1fa4328" PRIMARY KEY (id);


--
-- Name: override_rule PK_657f810c7b20a4fce45aee8f182; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.override_rule
    ADD CONSTRAINT "PK_657f810c7b20a4fce45aee8f182" PRIMARY KEY (id);


--
-- Name: season PK_8ac0d081dbdb7ab02d166bcda9f; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.season
    ADD CONSTRAINT "PK_8ac0d081dbdb7ab02d166bcda9f" PRIMARY KEY (id);


--
-- Name: user PK_cace4a159ff9f2512dd42373760; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY (id);


--
-- Name: media PK_f4e0fcac36e050de337b670d8bd; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media
    ADD CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY (id);


--
-- Name: session PK_f55da76ac1c3ac420f444d2ff11; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY (id);


--
-- Name: issue PK_f80e086c249b9f3f3ff2fd321b7; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue
    ADD CONSTRAINT "PK_f80e086c249b9f3f3ff2fd321b7" PRIMARY KEY (id);


--
-- Name: media_request PK_f8334500e8e12db87536558c66c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_request
    ADD CONSTRAINT "PK_f8334500e8e12db87536558c66c" PRIMARY KEY (id);


--
-- Name: blacklist REL_62b7ade94540f9f8d8bede54b9; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blacklist
    ADD CONSTRAINT "REL_62b7ade94540f9f8d8bede54b9" UNIQUE ("mediaId");


--
-- Name: user_settings REL_986a2b6d3c05eb4091bb8066f7; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_settings
    ADD CONSTRAINT "REL_986a2b6d3c05eb4091bb8066f7" UNIQUE ("userId");


--
-- Name: watchlist UNIQUE_USER_DB; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.watchlist
    ADD CONSTRAINT "UNIQUE_USER_DB" UNIQUE ("tmdbId", "requestedById");


--
-- Name: media UQ_41a289eb1fa489c1bc6f38d9c3c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media
    ADD CONSTRAINT "UQ_41a289eb1fa489c1bc6f38d9c3c" UNIQUE ("tvdbId");


--
-- Name: blacklist UQ_6bbafa28411e6046421991ea21c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blacklist
    ADD CONSTRAINT "UQ_6bbafa28411e6046421991ea21c" UNIQUE ("tmdbId");


--
-- Name: user UQ_e12875dfb3b1d92d7d7c5377e22; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE (email);


--
-- Name: IDX_28c5d1d16da7908c97c9bc2f74; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_28c5d1d16da7908c97c9bc2f74" ON public.session USING btree ("expiredAt");


--
-- Name: IDX_41a289eb1fa489c1bc6f38d9c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_41a289eb1fa489c1bc6f38d9c3" ON public.media USING btree ("tvdbId");


--
-- Name: IDX_6bbafa28411e6046421991ea21; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_6bbafa28411e6046421991ea21" ON public.blacklist USING btree ("tmdbId");


--
-- Name: IDX_7157aad07c73f6a6ae3bbd5ef5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5" ON public.media USING btree ("tmdbId");


--
-- Name: IDX_7ff2d11f6a83cb52386eaebe74; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_7ff2d11f6a83cb52386eaebe74" ON public.media USING btree ("imdbId");


--
-- Name: IDX_939f205946256cc0d2a1ac51a8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_939f205946256cc0d2a1ac51a8" ON public.watchlist USING btree ("tmdbId");


--
-- Name: user_push_subscription FK_03f7958328e311761b0de675fbe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_push_subscription
    ADD CONSTRAINT "FK_03f7958328e311761b0de675fbe" FOREIGN KEY ("userId") REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: season FK_087099b39600be695591da9a49c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.season
    ADD CONSTRAINT "FK_087099b39600be695591da9a49c" FOREIGN KEY ("mediaId") REFERENCES public.media(id) ON DELETE CASCADE;


--
-- Name: issue FK_10b17b49d1ee77e7184216001e0; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue
    ADD CONSTRAINT "FK_10b17b49d1ee77e7184216001e0" FOREIGN KEY ("createdById") REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: issue_comment FK_180710fead1c94ca499c57a7d42; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue_comment
    ADD CONSTRAINT "FK_180710fead1c94ca499c57a7d42" FOREIGN KEY ("issueId") REFERENCES public.issue(id) ON DELETE CASCADE;


--
-- Name: issue FK_276e20d053f3cff1645803c95d8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue
    ADD CONSTRAINT "FK_276e20d053f3cff1645803c95d8" FOREIGN KEY ("mediaId") REFERENCES public.media(id) ON DELETE CASCADE;


--
-- Name: blacklist FK_53c1ab62c3e5875bc3ac474823e; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blacklist
    ADD CONSTRAINT "FK_53c1ab62c3e5875bc3ac474823e" FOREIGN KEY ("userId") REFERENCES public."user"(id);


--
-- Name: blacklist FK_62b7ade94540f9f8d8bede54b99; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blacklist
    ADD CONSTRAINT "FK_62b7ade94540f9f8d8bede54b99" FOREIGN KEY ("mediaId") REFERENCES public.media(id) ON DELETE CASCADE;


--
-- Name: watchlist FK_6641da8d831b93dfcb429f8b8bc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.watchlist
    ADD CONSTRAINT "FK_6641da8d831b93dfcb429f8b8bc" FOREIGN KEY ("mediaId") REFERENCES public.media(id) ON DELETE CASCADE;


--
-- Name: media_request FK_6997bee94720f1ecb7f31137095; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_request
    ADD CONSTRAINT "FK_6997bee94720f1ecb7f31137095" FOREIGN KEY ("requestedById") REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: season_request FK_6f14737e346d6b27d8e50d2157a; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.season_request
    ADD CONSTRAINT "FK_6f14737e346d6b27d8e50d2157a" FOREIGN KEY ("requestId") REFERENCES public.media_request(id) ON DELETE CASCADE;


--
-- Name: issue_comment FK_707b033c2d0653f75213614789d; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue_comment
    ADD CONSTRAINT "FK_707b033c2d0653f75213614789d" FOREIGN KEY ("userId") REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: user_settings FK_986a2b6d3c05eb4091bb8066f78; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_settings
    ADD CONSTRAINT "FK_986a2b6d3c05eb4091bb8066f78" FOREIGN KEY ("userId") REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: media_request FK_a1aa713f41c99e9d10c48da75a0; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_request
    ADD CONSTRAINT "FK_a1aa713f41c99e9d10c48da75a0" FOREIGN KEY ("mediaId") REFERENCES public.media(id) ON DELETE CASCADE;


--
-- Name: watchlist FK_ae34e6b153a90672eb9dc4857d7; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.watchlist
    ADD CONSTRAINT "FK_ae34e6b153a90672eb9dc4857d7" FOREIGN KEY ("requestedById") REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: issue FK_da88a1019c850d1a7b143ca02e5; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issue
    ADD CONSTRAINT "FK_da88a1019c850d1a7b143ca02e5" FOREIGN KEY ("modifiedById") REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: media_request FK_f4fc4efa14c3ba2b29c4525fa15; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_request
    ADD CONSTRAINT "FK_f4fc4efa14c3ba2b29c4525fa15" FOREIGN KEY ("modifiedById") REFERENCES public."user"(id) ON DELETE SET NULL;


--
-- PostgreSQL database dump complete
--

\unrestrict NY0qmpvyj7dx14Pwo9GIdlDccclGsRTFtlWOxTAKNrEVoFruvwfC9uJ3SEU6wjV

