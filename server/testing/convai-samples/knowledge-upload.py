# The Knowledge Bank API's upload sample from Convai's documentation, as a user copies it: only the
# URL and the key are changed (by the test, in place of the placeholders). The test writes the
# file it opens beside it.
import requests
import json

url = "https://api.convai.com/character/knowledge-bank/upload"


headers = {
  'CONVAI-API-KEY': '<Your-API-Key>',
}

# Path to the file you want to upload
file_path = "photosynthesis.txt"

# Open the file in binary mode
with open(file_path, "rb") as file:
    # Create a dictionary for the form data
    form_data = {
        "file_name": file.name,
        "file": file
    }

    # Send the POST request with multipart/form-data
    response = requests.post(url, headers=headers, files=form_data)


print(response.text)
