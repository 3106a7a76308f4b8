"""Streamlit dashboard of the claim store."""

import streamlit as st

st.set_page_config(page_title="Claim tracker", layout="wide")
st.title("Claim tracker")
